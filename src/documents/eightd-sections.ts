/** The disciplines D0–D8 of the 8D report as document blocks, in the document's language. */
import type { FileChild } from 'docx';
import type { AttachmentRef } from '../domain/complaint/schema';
import { listOf } from '../domain/eightd/keyed';
import { CONTAINMENT_LOCATIONS, IS_NOT_DIMENSIONS, type ActionDiscipline, type EightD } from '../domain/eightd/schema';
import { formatDate, type DocLang } from './doc-format';
import { fieldsTable, gridTable, heading, para, photoGrid } from './docx-parts';
import { common } from './labels-common';
import { eightDLabels } from './labels-eightd';

export function sections(r: EightD, photos: Record<string, Uint8Array>, lang: DocLang): FileChild[] {
  const L = eightDLabels(lang);
  const C = common(lang);
  const d = (s: string) => formatDate(s, lang);
  const yn = (b: boolean) => (b ? C.yes : C.no);
  const num = (n: number | null) => (n === null ? '' : String(n));
  const head = (n: keyof EightD & `d${number}`, x: { owner: string; date: string }): FileChild[] => [
    heading(L.disciplines[n as keyof typeof L.disciplines]),
    para(`${L.owner}：${x.owner || '—'}\u3000\u3000${L.date}：${d(x.date) || '—'}`.replace(/：/g, lang === 'en' ? ': ' : '：'), { pt: 9, after: 80, keepNext: true }),
  ];
  const none = () => para(C.none);

  const actions = (discipline: ActionDiscipline): FileChild[] => {
    const A = L.actions;
    const list = listOf(r.actions).filter((a) => a.discipline === discipline && a.status !== 'cancelled');
    if (list.length === 0) return [none()];
    const causes = new Map(listOf(r.d4.causes).map((c) => [c.id, c.description]));
    if (discipline === 'd5') return [gridTable([A.title, A.cause, A.owner, A.due, A.status, A.verification], list.map((a) => [a.title, causes.get(a.causeId) ?? '', a.owner, d(a.due), A.statuses[a.status], a.verification]))];
    if (discipline === 'd6') return [gridTable([A.title, A.owner, A.doneOn, A.cutIn, A.evidence, A.result], list.map((a) => [a.title, a.owner, d(a.doneOn), a.cutIn, a.evidence, a.result]))];
    return [gridTable([A.title, A.owner, A.due, A.status, A.verification], list.map((a) => [a.title, a.owner, d(a.due), A.statuses[a.status], a.verification]))];
  };

  const d2 = (): FileChild[] => {
    const x = r.d2;
    const D2 = L.d2;
    const refs = Object.values(x.photos).filter((p): p is AttachmentRef => p !== null);
    return [
      fieldsTable([
        [D2.what, x.what], [D2.who, x.who], [D2.when, x.when], [D2.where, x.where], [D2.why, x.why], [D2.how, x.how], [D2.howMany, x.howMany, 'wide'],
        [D2.spec, x.spec], [D2.actual, x.actual], [D2.statement, x.statement, 'wide'],
      ]),
      heading(D2.isNotTitle, 2),
      gridTable([D2.dimension, D2.is, D2.isNot], IS_NOT_DIMENSIONS.map((k) => [D2.dims[k], x.isNot[k].is, x.isNot[k].isNot])),
      ...(refs.length ? [heading(D2.photos, 2), ...photoGrid(refs.map((p, i) => ({ bytes: photos[p.sha256], caption: `${C.photo(i + 1)}${p.caption ? `  ${p.caption}` : ''}` })), lang)] : []),
    ];
  };

  const d4 = (): FileChild[] => CAUSE_KINDS.flatMap((kind) => {
    const D4 = L.d4;
    const causes = listOf(r.d4.causes).filter((c) => c.kind === kind);
    return [
      heading(D4.kinds[kind], 2),
      ...(causes.length === 0 ? [none()] : causes.map((c) => fieldsTable([
        [D4.description, c.description, 'wide'], [D4.category, D4.fishbone[c.category]], [D4.status, D4.statuses[c.status]],
        ...listOf(c.whys).map((w, i) => [D4.why(i + 1), w.text, 'wide'] as const),
        [D4.verification, c.verification, 'wide'],
      ]))),
    ];
  });

  const team = listOf(r.d1.members).map((m) => [m.name, m.department, L.d1.roles[m.role]]);
  if (r.d1.customerRep) team.push([r.d1.customerRep, '', L.d1.customerRep]);

  return [
    ...head('d0', r.d0),
    fieldsTable([[L.d0.symptom, r.d0.symptom, 'wide'], [L.d0.emergencyResponse, r.d0.emergencyResponse, 'wide'], [L.d0.needed, yn(r.d0.needed)]]),
    ...head('d1', r.d1),
    team.length ? gridTable([L.d1.name, L.d1.department, L.d1.role], team) : none(),
    ...head('d2', r.d2), ...d2(),
    ...head('d3', r.d3),
    gridTable(
      [L.d3.location, L.d3.checkedQty, L.d3.badQty, L.d3.method, L.owner, L.date],
      CONTAINMENT_LOCATIONS.map((k) => {
        const l = r.d3.locations[k];
        return l.na ? [L.d3.locations[k], L.d3.na, '', '', '', ''] : [L.d3.locations[k], num(l.checkedQty), num(l.badQty), l.method, l.owner, d(l.date)];
      }),
      { align: ['left', 'right', 'right', 'left', 'left', 'left'] },
    ),
    fieldsTable([[L.d3.cleanPoint, r.d3.cleanPoint, 'wide']]),
    heading(L.d3.actions, 2), ...actions('d3'),
    ...head('d4', r.d4), ...d4(),
    ...head('d5', r.d5), ...actions('d5'), ...(r.d5.notes ? [fieldsTable([[L.d5.notes, r.d5.notes, 'wide']])] : []),
    ...head('d6', r.d6), ...actions('d6'),
    fieldsTable([
      [L.d6.verificationData, r.d6.verificationData ?? '', 'wide'], [L.d6.verifiedOn, d(r.d6.verifiedOn ?? '')], [L.d6.containmentRemoved, yn(r.d6.containmentRemoved)],
      [L.d6.containmentRemovedOn, d(r.d6.containmentRemovedOn)], ...(r.d6.notes ? [[L.d6.notes, r.d6.notes, 'wide'] as const] : []),
    ]),
    ...head('d7', r.d7),
    fieldsTable([
      [L.d7.pfmea, yn(r.d7.pfmea)], [L.d7.controlPlan, yn(r.d7.controlPlan)], [L.d7.workInstructions, yn(r.d7.workInstructions)],
      [L.d7.inspectionStandard, yn(r.d7.inspectionStandard)], [L.d7.lateral, r.d7.lateral, 'wide'], [L.d7.lessons, r.d7.lessons, 'wide'],
    ]),
    ...actions('d7'),
    ...head('d8', r.d8),
    fieldsTable([[L.d8.closureCriteria, r.d8.closureCriteria, 'wide'], [L.d8.recognition, r.d8.recognition, 'wide'], [L.d8.closedOn, d(r.d8.closedOn)]]),
  ];
}

const CAUSE_KINDS = ['occurrence', 'escape'] as const;
