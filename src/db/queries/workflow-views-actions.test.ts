import { describe, expect, it } from 'vitest';
import { freshDb, sampleComplaintInput } from '../test-support/fake-db';
import { createComplaint } from '../repositories/complaints';
import { openEightD, saveDiscipline } from '../repositories/eightd';
import { listOpenActions } from '../repositories/eightd-export';
import { savePerson, seedDepartments } from '../repositories/org';
import { transitionComplaint } from '../repositories/workflow';
import { emptyAction, type Action, type ActionDiscipline } from '../../domain/eightd/schema';
import { countOverdueActions, loadActionRows } from './workflow-views';

const NOW = new Date('2026-11-25T02:00:00.000Z');
let seq = 0;
const action = (discipline: ActionDiscipline, a: Partial<Action>): Action =>
  ({ ...emptyAction(`01ACTION${String(++seq).padStart(18, '0')}`, discipline, seq), title: `措施 ${seq}`, ...a });

async function seeded() {
  const ctx = await freshDb();
  const { db, station, actor } = ctx;
  await seedDepartments(db, station, actor);
  const dept = (await db.departments.toArray())[0]!;
  const person = (name: string) => savePerson(db, station, actor, { name, departmentId: dept.id, role: 'qaEngineer', phone: '', email: '', active: true });
  const wang = await person('王工');
  const li = await person('李工');
  const withActions = async (customer: string, d3: Action[], d7: Action[]) => {
    const c = await createComplaint(db, station, actor, sampleComplaintInput(customer), NOW);
    const r = await openEightD(db, station, actor, c.id, NOW);
    await saveDiscipline(db, station, actor, r.id, 'd3', r.d3, d3, NOW);
    await saveDiscipline(db, station, actor, r.id, 'd7', r.d7, d7, NOW);
    return c;
  };
  const open = await withActions('华东精密', [
    action('d3', { title: '库存全检', ownerId: wang.id, due: '2026-11-20' }),
    action('d3', { title: '已完成的隔离', ownerId: wang.id, due: '2026-11-01', status: 'done' }),
  ], [
    action('d7', { title: '更新 PFMEA', ownerId: li.id, due: '2026-11-25' }),
    action('d7', { title: '横向展开', ownerId: wang.id, due: '' }),
  ]);
  const rejected = await withActions('已拒绝客户', [action('d3', { title: '拒绝后的遗留措施', ownerId: wang.id, due: '2026-11-02' })], []);
  await transitionComplaint(db, station, actor, rejected.id, { to: 'rejected', rejectionReason: 'misuse' }, NOW);
  return { ...ctx, wang, li, open };
}

describe('8D actions in the workflow views', () => {
  it("lists a person's open actions with their complaint, most urgent first", async () => {
    const { db, wang, li, open } = await seeded();
    const mine = await loadActionRows(db, '2026-11-25', { ownerId: wang.id });
    expect(mine.map((r) => [r.number, r.customer, r.discipline, r.title, r.owner, r.due, r.state])).toEqual([
      [open.number, '华东精密', 'd3', '库存全检', '王工', '2026-11-20', 'overdue'],
      [open.number, '华东精密', 'd7', '横向展开', '王工', '', 'open'],
    ]);
    expect((await loadActionRows(db, '2026-11-25', { ownerId: li.id })).map((r) => [r.title, r.state])).toEqual([['更新 PFMEA', 'dueToday']]);
    // The repository list itself filters by person id, closed cases included (the view drops them).
    expect((await listOpenActions(db, '2026-11-25', wang.id)).map((o) => o.action.title).sort()).toEqual(['库存全检', '拒绝后的遗留措施', '横向展开'].sort());
  });

  it('counts only overdue open actions of live cases', async () => {
    const { db } = await seeded();
    expect((await loadActionRows(db, '2026-11-25', { overdueOnly: true })).map((r) => r.title)).toEqual(['库存全检']);
    expect(await countOverdueActions(db, '2026-11-25')).toBe(1);
    expect(await countOverdueActions(db, '2026-11-26')).toBe(2); // 更新 PFMEA was due the day before
    expect(await countOverdueActions(db, '2026-11-20')).toBe(0); // due today is not overdue yet
  });
});
