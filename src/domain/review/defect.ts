/**
 * The defect a complaint counts under in the Pareto: the recorded short
 * defect name when there is one, else the first clause of the symptom (what a
 * plant's tracking sheet calls 问题描述), cut to a bar's label length.
 */
const MAX_LABEL = 20;

export function defectLabel(recorded: unknown, symptom: string): string {
  if (typeof recorded === 'string' && recorded.trim() !== '') return recorded.trim().slice(0, MAX_LABEL);
  const first = symptom.trim().split(/[，。；;,.!！?？\n]/)[0]?.trim() ?? '';
  return first.slice(0, MAX_LABEL);
}
