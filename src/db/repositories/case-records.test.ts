import { describe, expect, it } from 'vitest';
import { freshDb } from '../test-support/fake-db';
import { countLogSince } from '../change-log';
import { createComplaint } from './complaints';
import { savePerson, seedDepartments } from './org';
import { proposedDepartmentId, saveAssessment, transitionComplaint } from './workflow';
import { recordSurvey, saveAccountability, saveQualityCost } from './case-records';
import { eventsOf, type WorkflowComplaint } from './workflow-store';
import { latestSurvey } from './case-records-store';
import { loadReviewRows } from '../queries/review-rows';
import { emptyComplaintInput } from '../../domain/complaint/schema';
import { ValidationError } from '../../domain/common/validation-error';
import type { Assessment } from '../../domain/workflow/assessment';
import type { AppDB, SyncedRow } from '../app-db';
import { sampleEightD } from '../../domain/eightd/sample';

const RECEIVED = '2026-09-21T02:00:00.000Z';
const NOW = new Date('2026-09-21T03:00:00.000Z');
const later = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000);
const minor: Assessment = { genuineness: 'genuine', severity: 'cosmetic', urgency: 'normal', category: 'delivery', grade: 'general' };
const scores = (overall: number) => ({ productQuality: 4, delivery: 3, responseSpeed: 5, handlingResult: 4, serviceAttitude: 5, overall });

async function repliedCase() {
  const ctx = await freshDb();
  const { db, station, actor } = ctx;
  await seedDepartments(db, station, actor);
  const departments = await db.departments.toArray();
  const input = emptyComplaintInput(RECEIVED, '王客服');
  Object.assign(input.customer, { name: '华东精密', phone: '13812345678' });
  input.product.name = '液压泵';
  input.details.symptom = '泵体漏油，密封圈老化';
  input.demand.kinds = ['replace'];
  const c = await createComplaint(db, station, actor, input, NOW);
  const owner = await savePerson(db, station, actor, { name: '赵工', departmentId: departments[0]!.id, role: 'qaEngineer', phone: '', email: '', active: true });
  await saveAssessment(db, station, actor, c.id, { assessment: minor, departmentId: proposedDepartmentId(departments, minor), ownerId: owner.id }, NOW);
  for (const to of ['acknowledged', 'investigating', 'eightD'] as const) await transitionComplaint(db, station, actor, c.id, { to }, later(1));
  await db.eightD.put({ ...sampleEightD(c.id), id: 'e1' } as unknown as SyncedRow);
  await transitionComplaint(db, station, actor, c.id, { to: 'replied', reply: { content: '8D 已发送', method: 'email', sentAt: later(2).toISOString() } }, later(2));
  return { ...ctx, c, departments };
}

async function codes(p: Promise<unknown>): Promise<string[]> {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(ValidationError);
  return (e as ValidationError).issues.map((i) => i.code);
}

const counts = async (db: AppDB) => ({ changes: await countLogSince(db.changes, 0), audit: await db.audit.count() });

describe('case records for the review', () => {
  it('records a survey: a low overall score reopens the case like a follow-up, and the review reads the scores', async () => {
    const { db, station, actor, c } = await repliedCase();
    const row = await recordSurvey(db, station, actor, c.id, { method: 'phone', scores: scores(2), comment: '交付慢', respondent: '王磊（采购）' }, later(48));
    expect(row.status).toBe('reopened');
    expect(latestSurvey(row)?.scores.delivery).toBe(3);
    expect(eventsOf(row).at(-1)).toMatchObject({ to: 'reopened', satisfaction: 2 });
    const [review] = await loadReviewRows(db, { from: '2026-09-01', to: '2026-09-30' }, 'Asia/Shanghai');
    expect(review).toMatchObject({ id: c.id, reopenCount: 1, scores: scores(2), defect: '泵体漏油', status: 'reopened' });
  });

  it('closes the loop on a satisfied survey and refuses a survey missing an item, writing nothing', async () => {
    const { db, station, actor, c } = await repliedCase();
    const before = await counts(db);
    const { overall: _o, ...partial } = scores(5);
    expect(await codes(recordSurvey(db, station, actor, c.id, { method: 'phone', scores: partial, comment: '', respondent: '王磊' }, later(48)))).toEqual(['survey.scoreRequired']);
    expect(await codes(recordSurvey(db, station, actor, c.id, { method: 'phone', scores: { ...scores(5), delivery: 6 }, comment: '', respondent: '' }, later(48)))).toEqual(
      expect.arrayContaining(['followUp.satisfactionRange', 'survey.respondentRequired']),
    );
    expect(await counts(db)).toEqual(before);
    const row = await recordSurvey(db, station, actor, c.id, { method: 'onSite', scores: scores(5), comment: '满意', respondent: '王磊' }, later(48));
    expect(row.status).toBe('followUp');
  });

  it('stores accountability and cost of quality, validated, and the review sums them', async () => {
    const { db, station, actor, c, departments } = await repliedCase();
    const dept = departments[0]!.id;
    expect(await codes(saveAccountability(db, station, actor, c.id, { departmentId: dept, personName: '', causeClass: 'process', points: 0, amountFen: 0, note: '' }, later(3)))).toEqual(['accountability.assessmentRequired']);
    expect(await codes(saveAccountability(db, station, actor, c.id, { departmentId: 'nope', personName: '张三', causeClass: 'process', points: 2, amountFen: 0, note: '' }, later(3)))).toEqual(['accountability.departmentRequired']);
    expect(await codes(saveQualityCost(db, station, actor, c.id, { claimsPaidFen: -1, replacementFen: 0, freightFen: 0, scrapFen: 0, reworkFen: 0.5 }, later(3)))).toEqual(['validation.nonNegative', 'validation.integer']);
    const a = await saveAccountability(db, station, actor, c.id, { departmentId: dept, personName: '张三', causeClass: 'process', points: 2, amountFen: 20_000, note: '' }, later(3));
    expect((a as WorkflowComplaint & { accountability?: { decidedBy: string } }).accountability?.decidedBy).toBe(actor.name);
    await saveQualityCost(db, station, actor, c.id, { claimsPaidFen: 100_000, replacementFen: 0, freightFen: 5_000, scrapFen: 0, reworkFen: 0 }, later(4));
    await db.returns.put({ id: 'r1', _clocks: {}, deletedAt: null, complaintId: c.id, totalFen: 30_000, number: 'RT-1' });
    await db.returns.put({ id: 'r2', _clocks: {}, deletedAt: '2026-09-22T00:00:00Z', complaintId: c.id, totalFen: 99_999, number: 'RT-2' });
    const [review] = await loadReviewRows(db, { from: '2026-09-01', to: '2026-09-30' }, 'Asia/Shanghai');
    expect(review?.accountability).toEqual({ departmentId: dept, personName: '张三', causeClass: 'process', points: 2, amountFen: 20_000 });
    expect(review?.costs?.claimsPaidFen).toBe(100_000);
    expect(review?.returnedFen).toBe(30_000);
    expect(review?.deadlines.find((d) => d.kind === 'acknowledge')?.completedAt).toBeDefined();
  });

  it('reads only the period and the year before it, and skips deleted complaints', async () => {
    const { db, c } = await repliedCase();
    expect(await loadReviewRows(db, { from: '2027-10-01', to: '2027-10-31' }, 'Asia/Shanghai')).toEqual([]);
    expect((await loadReviewRows(db, { from: '2027-08-01', to: '2027-08-31' }, 'Asia/Shanghai')).map((r) => r.id)).toEqual([c.id]);
    await db.complaints.update(c.id, { deletedAt: '2026-09-30T00:00:00Z' });
    expect(await loadReviewRows(db, { from: '2026-09-01', to: '2026-09-30' }, 'Asia/Shanghai')).toEqual([]);
  });
});

describe('importing an old tracking sheet', () => {
  it('imports the valid rows in one go and skips them the second time', async () => {
    const { importTrackingRows } = await import('./tracking-import');
    const { readTrackingRows, proposeMapping } = await import('../../domain/review/tracking-import');
    const ctx = await freshDb();
    const { db, station, actor } = ctx;
    const sheet = [['投诉日期', '客户名称', '产品名称', '批号', '问题描述', '客诉编号'], ['2026-09-03', '华东精密', '液压泵', 'B1', '漏油', 'HD-1'], ['2026-09-04', '南方机电', '阀门', 'B2', '划伤', '']];
    const read = readTrackingRows(sheet, 0, proposeMapping(sheet[0]!), { now: NOW, zone: station.timeZone, receivedBy: actor.name });
    const valid = read.flatMap((r) => (r.input && r.key ? [{ row: r.row, input: r.input, key: r.key }] : []));
    expect(await importTrackingRows(db, station, actor, valid, NOW)).toEqual({ imported: 2, skipped: [] });
    const before = await counts(db);
    expect(await importTrackingRows(db, station, actor, valid, NOW)).toEqual({ imported: 0, skipped: [{ row: 2, code: 'import.err.duplicateExisting' }, { row: 3, code: 'import.err.duplicateExisting' }] });
    expect(await counts(db)).toEqual(before);
    expect((await db.complaints.toArray()).map((c) => c.demand.note).sort()).toEqual(['', '客户投诉编号：HD-1']);
  });
});
