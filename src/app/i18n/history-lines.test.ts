/**
 * No history or conflict line shows an internal name: a field path, an id, an
 * ISO time or a raw vocabulary value. The audit entries come from the real
 * repositories walking a case through its procedure, and are rendered in both
 * languages with the real bundles.
 */
import { withAccounts } from '../../db/test-support/accounts';
import { describe, expect, it } from 'vitest';
import i18next, { type TFunction } from 'i18next';
import { resources } from './bundles';
import { freshDb, sampleComplaintInput } from '../../db/test-support/fake-db';
import { complaintToInput, createComplaint, updateComplaint } from '../../db/repositories/complaints';
import { savePerson, seedDepartments } from '../../db/repositories/org';
import { proposedDepartmentId, recordFollowUp, recordSlip, saveAssessment, transitionComplaint } from '../../db/repositories/workflow';
import { eventsOf, type WorkflowComplaint } from '../../db/repositories/workflow-store';
import { createReturn, recordReceipt } from '../../db/repositories/returns';
import type { StoredReturn } from '../../db/repositories/returns-row';
import { sampleEightD } from '../../domain/eightd/sample';
import type { SyncedRow } from '../../db/app-db';
import { complaintHistoryDescriber, historySentences, plainValue, type HistoryContext } from '../../features/complaints/history-sentences';
import { statusEventLines } from '../../features/workflow/StatusHistory';
import { returnHistoryDescriber } from '../../features/returns/history-labels';

const NOW = new Date('2026-11-20T03:00:00.000Z');
const later = (h: number) => new Date(NOW.getTime() + h * 3_600_000);

async function translator(lng: string): Promise<TFunction> {
  const i = i18next.createInstance();
  await i.init({ resources: { 'zh-CN': { translation: resources['zh-CN'] }, en: { translation: resources.en } }, lng, fallbackLng: 'zh-CN', interpolation: { escapeValue: false } });
  return i.t;
}

/** What must never reach the user. */
const INTERNAL = [
  /\b[a-z][A-Za-z]*\.[A-Za-z0-9]+/, // a field path: customer.contactPerson, events.01M8….to
  /[0-9A-HJKMNP-TV-Z]{26}/, // a ULID
  /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/, // an ISO instant
  /\b(followUp|eightD|acknowledged|investigating|quality_[a-z]+|onSite|customerInformed|originalDue|completedAt|acknowledge|containment)\b/, // raw names
];

async function walkedCase() {
  const { db, station, actor } = await freshDb();
  await seedDepartments(db, station, actor);
  const departments = await db.departments.toArray();
  const owner = await savePerson(db, station, actor, { name: '赵工', departmentId: departments[0]!.id, role: 'qaEngineer', phone: '', email: '', active: true });
  const c = await createComplaint(db, station, actor, sampleComplaintInput(), NOW);
  const edit = complaintToInput(c);
  edit.customer.contactPerson = '刘经理';
  edit.customer.phone = '0571-88886666';
  edit.demand.kinds = ['replace', 'refund'];
  await updateComplaint(db, station, actor, c.id, edit, later(1));
  const a = { genuineness: 'genuine', severity: 'safety', urgency: 'critical', category: 'quality_material', grade: 'urgent' } as const;
  await saveAssessment(db, station, actor, c.id, { assessment: a, departmentId: proposedDepartmentId(departments, a), ownerId: owner.id }, later(2));
  await recordSlip(db, station, actor, c.id, { key: 'reply', due: later(400).toISOString(), reason: '等待第三方检测', customerInformed: true }, later(3));
  for (const to of ['acknowledged', 'investigating', 'containment', 'eightD'] as const) await transitionComplaint(db, station, actor, c.id, { to }, later(4));
  await db.eightD.put({ ...sampleEightD(c.id), id: 'e1' } as unknown as SyncedRow);
  await transitionComplaint(db, station, actor, c.id, { to: 'replied', reply: { content: '8D 报告已发送', method: 'email', sentAt: later(5).toISOString() } }, later(5));
  await recordFollowUp(db, station, actor, c.id, { method: 'onSite', satisfaction: 5, comment: '满意' }, later(6));
  const { signerFor } = await withAccounts(db, station);
  await transitionComplaint(db, station, actor, c.id, { to: 'closed', note: '客户确认', signer: await signerFor(actor.id, 'qaManager') }, later(7));
  await transitionComplaint(db, station, actor, c.id, { to: 'reopened', note: '复发' }, later(8));
  const r = await createReturn(db, station, actor, {
    customer: { name: '华东电器', contact: '王工', phone: '021-5555-0101' }, orderNo: 'SO-1', returnType: 'defectiveInUse', freightPaidBy: 'us',
    lines: [{ id: 'L1', productNo: 'CD-100', reason: '外壳开裂', qtyShipped: 100, qtyRequested: 10, unitPriceFen: 100 }],
  }, later(9));
  await recordReceipt(db, station, actor, r.id, {
    receivedAt: '2026-11-21', receivedBy: '仓管员', packageCondition: 'intact', outcome: 'accepted', note: '',
    lines: { L1: { countedQty: 10, location: 'A-1', isolationTag: 'red' } },
  }, later(10)).catch(() => undefined);
  return {
    db,
    complaint: (await db.complaints.get(c.id)) as WorkflowComplaint,
    complaintAudit: await db.audit.where('[entity+rowId]').equals(['complaints', c.id]).toArray(),
    ret: (await db.returns.get(r.id)) as unknown as StoredReturn,
    returnAudit: await db.audit.where('[entity+rowId]').equals(['returns', r.id]).toArray(),
    names: new Map([[owner.id, owner.name], ...departments.map((d) => [d.id, d.name] as [string, string])]),
  };
}

describe.each(['zh-CN', 'en'])('history and conflict lines in %s', (lng) => {
  it('name fields and values as the user reads them, never a path, id or ISO time', async () => {
    const t = await translator(lng);
    const w = await walkedCase();
    const ctx: HistoryContext = { t, language: lng, timeZone: 'Asia/Shanghai', nameOf: (id) => w.names.get(id) };
    const complaintDescriber = complaintHistoryDescriber(ctx);
    const lines = [
      ...w.complaintAudit.flatMap((e) => historySentences(ctx, e, complaintDescriber)),
      ...w.returnAudit.flatMap((e) => historySentences(ctx, e, returnHistoryDescriber(t, w.ret, ctx.timeZone, lng))),
      ...eventsOf(w.complaint).flatMap((e) => statusEventLines(t, e, ctx.timeZone, lng)),
    ];
    // Conflicts name every path a complaint row has, with its value.
    const paths = w.complaintAudit.flatMap((e) => e.changes.map((c) => [c.path, c.after] as const));
    for (const [path, value] of paths) {
      lines.push(`${complaintDescriber.conflictField?.(path) ?? ''}: ${complaintDescriber.value?.(path, value) ?? plainValue(ctx, value)}`);
    }
    if (process.env.DUMP_LINES) console.log(lines.join("\n"));
    expect(lines.length).toBeGreaterThan(30);
    const leaks = lines.filter((l) => INTERNAL.some((re) => re.test(l)));
    expect(leaks).toEqual([]);
    if (lng === 'zh-CN') {
      expect(lines).toContain('2026年11月20日 18:00 张工 将状态从 回访中 改为 已关闭');
      expect(lines).toContain('2026年11月20日 12:00 张工 将联系人设为 刘经理');
      expect(lines.some((l) => l.includes('将责任部门设为 质量部'))).toBe(true);
    } else {
      expect(lines).toContain('20 Nov 2026, 18:00 张工 changed the status from Follow-up to Closed');
    }
  });
});
