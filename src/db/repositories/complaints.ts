/** Writes of complaints. The form validates with the same schema; this checks again. */
import { ulid } from 'ulid';
import { pooledRandom } from './pooled-random';
import type { AppDB } from '../app-db';
import { complaintInputSchema, type ComplaintInput } from '../../domain/complaint/schema';
import { DERIVED_FIELDS, formatComplaintNumber, type Complaint } from '../../domain/complaint/record';
import { complaintSearchTokens } from '../../domain/complaint/search-tokens';
import { parseOrThrow, ValidationError } from '../../domain/common/validation-error';
import { createRecordsInTx, tablesForWrite, writeRecordInTx, type Actor, type WriteRequest } from './write-record';
import { authorize } from './authorize';
import { FINAL_STATUSES } from '../../domain/workflow/statuses';
import type { Station } from './station';
import { nextDueOf, type WorkflowComplaint } from './workflow-store';
import { getPlantConfig } from './config';
import { chainSetupOf, chainUntouched, withInitialChain, type ChainSetup } from './initial-chain';

export function deriveComplaint(row: Complaint): Complaint {
  return {
    ...row,
    category: row.category ?? '',
    grade: row.grade ?? '',
    department: row.department ?? '',
    ownerId: row.ownerId ?? '',
    // Derived from the deadline chain on every write and merge, never synced.
    nextDueAt: nextDueOf(row as WorkflowComplaint),
    searchTokens: complaintSearchTokens(row),
  };
}

async function checkAttachmentsExist(db: AppDB, input: ComplaintInput): Promise<void> {
  await checkAttachmentsOfAll(db, [input]);
}

/** The first input whose attachments are not all stored is refused (one read for all of them). */
async function checkAttachmentsOfAll(db: AppDB, inputs: readonly ComplaintInput[]): Promise<void> {
  const wantedOf = inputs.map((input) => Object.values(input.attachments).flatMap((a) => (a ? [a.sha256] : [])));
  const wanted = [...new Set(wantedOf.flat())];
  if (wanted.length === 0) return;
  const found = await db.attachments.bulkGet(wanted);
  const stored = new Set(wanted.filter((_, i) => found[i]));
  for (const list of wantedOf) {
    const missing = list.filter((sha) => !stored.has(sha));
    if (missing.length) throw new ValidationError(missing.map((sha) => ({ path: `attachments.${sha}`, code: 'validation.attachmentMissing' })));
  }
}

async function nextNumber(db: AppDB, station: Station, year: number): Promise<string> {
  return (await nextNumbers(db, station, year, 1))[0] as string;
}

/**
 * The next `count` numbers of this station's year, as `count` calls one after
 * the other would give them, with one read per round of candidates instead of
 * one per number. Another station never uses our code; a restored backup
 * might, so taken numbers are skipped.
 */
async function nextNumbers(db: AppDB, station: Station, year: number, count: number): Promise<string[]> {
  const key = `seq:${station.code}:${year}`;
  let seq = ((await db.settings.get(key))?.value as number | undefined) ?? 0;
  const out: string[] = [];
  while (out.length < count) {
    const candidates = Array.from({ length: count - out.length }, (_, i) => formatComplaintNumber(station.code, year, seq + 1 + i));
    const taken = new Set(await db.complaints.where('number').anyOf(candidates).keys());
    for (const number of candidates) if (!taken.has(number)) out.push(number);
    seq += candidates.length;
  }
  await db.settings.put({ key, value: seq });
  return out;
}

const yearFormats = new Map<string, Intl.DateTimeFormat>();

function yearIn(timeZone: string, at: Date): number {
  let format = yearFormats.get(timeZone);
  if (!format) yearFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric' })));
  return Number(format.format(at));
}

/** The creation request of one complaint: the record form with its number, status and receipt deadline chain. */
function creationOf(station: Station, actor: Actor, data: ComplaintInput, id: string, number: string, now: Date, chainSetup: ChainSetup): WriteRequest<Complaint> {
  const at = now.toISOString();
  return {
    table: 'complaints',
    id,
    action: 'create',
    ignore: DERIVED_FIELDS,
    derive: deriveComplaint,
    // The deadline chain is part of the record from the first write: an untouched case is overdue like any other.
    next: () =>
      withInitialChain({
        ...data,
        id,
        number,
        station: station.code,
        status: 'new',
        createdAt: at,
        createdBy: actor.name,
        updatedAt: at,
        updatedBy: actor.name,
        deletedAt: null,
        searchTokens: [],
        _clocks: {},
      } as WorkflowComplaint, chainSetup),
  };
}

async function insertInTx(db: AppDB, station: Station, actor: Actor, data: ComplaintInput, now: Date, chainSetup: ChainSetup): Promise<Complaint> {
  await checkAttachmentsExist(db, data);
  const id = ulid(now.getTime(), pooledRandom);
  const number = await nextNumber(db, station, yearIn(station.timeZone, new Date(data.receivedAt)));
  const { row } = await writeRecordInTx<Complaint>(db, station, actor, creationOf(station, actor, data, id, number, now, chainSetup), now.getTime());
  return row;
}

export async function createComplaint(db: AppDB, station: Station, actor: Actor, input: ComplaintInput, now = new Date()): Promise<Complaint> {
  await authorize(db, actor, 'complaint.edit');
  const data = parseOrThrow(complaintInputSchema(now), input);
  return db.transaction('rw', [...tablesForWrite(db, 'complaints'), db.attachments, db.config], async () => {
    const setup = chainSetupOf(await getPlantConfig(db), station.timeZone);
    return await insertInTx(db, station, actor, data, now, setup);
  });
}

/**
 * Many creations inside the caller's transaction (bulk intake, the tracking
 * sheet import; it must include db.config), the actor authorised by the
 * caller: all or nothing. Writes what createComplaint would, one input after
 * the other (numbers, HLCs, change log and audit chain in input order), in a
 * few bulk requests. `onChunk(written)` follows the complaints written.
 */
export async function createComplaintsInTx(db: AppDB, station: Station, actor: Actor, inputs: readonly ComplaintInput[], now = new Date(), onChunk?: (written: number) => void): Promise<Complaint[]> {
  const schema = complaintInputSchema(now);
  const valid = inputs.map((input) => parseOrThrow(schema, input));
  await checkAttachmentsOfAll(db, valid);
  const setup = chainSetupOf(await getPlantConfig(db), station.timeZone);
  const years = valid.map((data) => yearIn(station.timeZone, new Date(data.receivedAt)));
  const numbers = new Map<number, string[]>();
  for (const year of new Set(years)) numbers.set(year, await nextNumbers(db, station, year, years.filter((y) => y === year).length));
  const taken = new Map<number, number>();
  function* creations(): Generator<WriteRequest<Complaint>> {
    for (const [i, data] of valid.entries()) {
      const year = years[i] as number;
      const k = taken.get(year) ?? 0;
      taken.set(year, k + 1);
      // The id is made here, row by row, as insertInTx makes it (before the audit entry's).
      yield creationOf(station, actor, data, ulid(now.getTime(), pooledRandom), numbers.get(year)?.[k] as string, now, setup);
    }
  }
  return createRecordsInTx<Complaint>(db, station, actor, 'complaints', creations(), now.getTime(), onChunk);
}

export async function updateComplaint(db: AppDB, station: Station, actor: Actor, id: string, input: ComplaintInput, now = new Date()): Promise<Complaint> {
  await authorize(db, actor, 'complaint.edit');
  const data = parseOrThrow(complaintInputSchema(now), input);
  return db.transaction('rw', [...tablesForWrite(db, 'complaints'), db.attachments, db.config], async () => {
    await checkAttachmentsExist(db, data);
    const setup = chainSetupOf(await getPlantConfig(db), station.timeZone);
    const { row } = await writeRecordInTx<Complaint>(db, station, actor, {
      table: 'complaints',
      id,
      action: 'update',
      ignore: DERIVED_FIELDS,
      derive: deriveComplaint,
      next: (current) => {
        if (!current || current.deletedAt) throw new ValidationError([{ path: '', code: 'validation.notFound' }]);
        if (isLockedComplaint(current)) throw new ValidationError([{ path: '', code: 'auth.err.locked' }]);
        const attachments = { ...current.attachments };
        for (const key of Object.keys(attachments)) if (!(key in data.attachments)) attachments[key] = null;
        const next = { ...current, ...data, attachments: { ...attachments, ...data.attachments }, updatedAt: now.toISOString(), updatedBy: actor.name };
        return data.receivedAt !== current.receivedAt ? rechain(next, setup) : next;
      },
    }, now.getTime());
    return row;
  });
}

/** A closed or rejected case is read-only until a permitted person reopens it. */
export function isLockedComplaint(c: Pick<Complaint, 'status'>): boolean {
  return (FINAL_STATUSES as readonly string[]).includes(c.status);
}

/** A corrected receipt time moves a chain nothing has happened on yet; once a step is done, the chain stands. */
function rechain(row: Complaint, setup: ChainSetup): Complaint {
  const wf = row as WorkflowComplaint;
  if (!chainUntouched(wf)) return row;
  const fresh = withInitialChain({ ...wf, deadlines: {}, _clocks: {} }, setup);
  return { ...row, deadlines: fresh.deadlines, deadlineZone: fresh.deadlineZone };
}

export function complaintToInput(c: Complaint): ComplaintInput {
  const attachments = Object.fromEntries(Object.entries(c.attachments).filter(([, a]) => a !== null));
  return {
    channel: c.channel,
    receivedAt: c.receivedAt,
    receivedBy: c.receivedBy,
    customer: c.customer,
    product: c.product,
    details: c.details,
    demand: c.demand,
    shippedOverOrderConfirmed: c.shippedOverOrderConfirmed,
    attachments,
    customerId: c.customerId ?? '',
    productId: c.productId ?? '',
  };
}
