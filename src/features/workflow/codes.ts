/** Turns a refusal code (domain, repository or validation) into its i18n key. */
import type { TFunction } from 'i18next';
import { splitRefusal } from '../../domain/workflow/codes';

/** Domain codes ('transition.notAllowed') live under workflow.codes; our own and the app's keys are already full. */
export function codeKey(code: string): string {
  return code.startsWith('workflow.') || code.startsWith('validation.') || code.startsWith('auth.') ? code : `workflow.codes.${code}`;
}

/** A refusal may name the item it concerns ('transition.d4OccurrenceUnverified|2' → "…（原因 2）"). */
export function codeText(t: TFunction, refusal: string): string {
  const { code, n } = splitRefusal(refusal);
  return t(codeKey(code), { defaultValue: code, ...(n !== undefined && { n }) });
}
