/** Writes of people and departments, through the stamped writer. */
import { ulid } from 'ulid';
import type { AppDB, Department, Person } from '../app-db';
import { DEFAULT_DEPARTMENTS, departmentInputSchema, personInputSchema, type DepartmentInput, type PersonInput } from '../../domain/org/org';
import { parseOrThrow, ValidationError } from '../../domain/common/validation-error';
import { tablesForWrite, writeRecord, type Actor } from './write-record';
import { authorize } from './authorize';
import type { Station } from './station';

const NO_DERIVED = new Set<string>();

export async function savePerson(db: AppDB, station: Station, actor: Actor, input: PersonInput, id?: string): Promise<Person> {
  await authorize(db, actor, 'people.manage');
  const data = parseOrThrow(personInputSchema, input);
  const existing = id ? await db.people.get(id) : undefined;
  // A person with a login changes role or status only through a signed enrolment (accounts.ts).
  if (existing?.login && (existing.role !== data.role || existing.active !== data.active)) throw new ValidationError([{ path: 'role', code: 'auth.err.useAccounts' }]);
  if (!(await db.departments.get(data.departmentId))) throw new ValidationError([{ path: 'departmentId', code: 'validation.required' }]);
  const rowId = id ?? ulid();
  const { row } = await writeRecord<Person>(db, station, actor, {
    table: 'people',
    id: rowId,
    action: id ? 'update' : 'create',
    ignore: NO_DERIVED,
    next: (current) => ({ ...(current ?? { id: rowId, _clocks: {}, deletedAt: null }), ...data }) as Person,
  });
  return row;
}

export async function saveDepartment(db: AppDB, station: Station, actor: Actor, input: DepartmentInput, id?: string): Promise<Department> {
  await authorize(db, actor, 'settings.manage');
  return writeDepartment(db, station, actor, input, id);
}

async function writeDepartment(db: AppDB, station: Station, actor: Actor, input: DepartmentInput, id?: string): Promise<Department> {
  const data = parseOrThrow(departmentInputSchema, input);
  const clash = await db.departments.where('code').equals(data.code).first();
  if (clash && clash.id !== id) throw new ValidationError([{ path: 'code', code: 'validation.duplicateCode' }]);
  const rowId = id ?? ulid();
  const exists = (await db.departments.get(rowId)) !== undefined;
  const { row } = await writeRecord<Department>(db, station, actor, {
    table: 'departments',
    id: rowId,
    action: exists ? 'update' : 'create',
    ignore: NO_DERIVED,
    next: (current) => ({ ...(current ?? { id: rowId, _clocks: {}, deletedAt: null }), ...data }) as Department,
  });
  return row;
}

/**
 * A new station gets the plant's usual departments, once. Their ids derive from
 * the code, so every station seeds the same rows and a sync merges them instead
 * of clashing on the unique department code.
 */
export async function seedDepartments(db: AppDB, station: Station, actor: Actor): Promise<void> {
  // One transaction (the writes nest in it): all of them or none, and a first start waits for one commit, not six.
  await db.transaction('rw', tablesForWrite(db, 'departments'), async () => {
    if ((await db.departments.count()) > 0) return;
    for (const d of DEFAULT_DEPARTMENTS) await writeDepartment(db, station, actor, d, `dept-${d.code}`);
  });
}
