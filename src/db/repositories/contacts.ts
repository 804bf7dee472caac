/**
 * Writes of the contact log (沟通记录): each entry checked against its
 * complaint's receipt. The first outgoing contact is the acknowledgement the
 * procedure asks for within one working day: it completes the case's open
 * acknowledge deadline, at the contact's own time, in the same transaction.
 */
import { ulid } from 'ulid';
import type { AppDB } from '../app-db';
import { authorize } from './authorize';
import { parseOrThrow, ValidationError } from '../../domain/common/validation-error';
import { contactInputSchema, type ContactInput } from '../../domain/masterdata/contact';
import type { StoredContact } from '../../domain/masterdata/records';
import { tablesForWrite, writeRecordInTx, type Actor } from './write-record';
import type { Station } from './station';
import { DERIVED_FIELDS } from '../../domain/complaint/record';
import { parseInstant, toIsoInstant } from '../../domain/calendar/zone';
import { deriveWorkflowComplaint } from './workflow';
import { storedDeadlines, type WorkflowComplaint } from './workflow-store';

const NOT_SYNCED = new Set<string>();

export async function saveContact(db: AppDB, station: Station, actor: Actor, input: ContactInput, id?: string, now = new Date()): Promise<StoredContact> {
  await authorize(db, actor, 'complaint.edit');
  return db.transaction('rw', [...tablesForWrite(db, 'contacts'), db.complaints], async () => {
    const complaint = await db.complaints.get(input.complaintId);
    if (!complaint || complaint.deletedAt) throw new ValidationError([{ path: 'complaintId', code: 'validation.notFound' }]);
    const data = parseOrThrow(contactInputSchema(complaint.receivedAt, now), input);
    const rowId = id ?? ulid(now.getTime());
    const at = now.toISOString();
    const { row } = await writeRecordInTx<StoredContact>(db, station, actor, {
      table: 'contacts',
      id: rowId,
      action: id ? 'update' : 'create',
      ignore: NOT_SYNCED,
      next: (cur) => {
        if (id && (!cur || cur.deletedAt)) throw new ValidationError([{ path: '', code: 'validation.notFound' }]);
        if (cur && cur.complaintId !== data.complaintId) throw new ValidationError([{ path: 'complaintId', code: 'validation.invalid' }]);
        return { ...(cur ?? { id: rowId, createdAt: at, createdBy: actor.name, deletedAt: null, _clocks: {} }), ...data, updatedAt: at, updatedBy: actor.name };
      },
    }, now.getTime());
    if (data.direction === 'outgoing') await completeAcknowledgeInTx(db, station, actor, complaint.id, data.at, now);
    return row;
  });
}

/** The key of the acknowledge deadline still open on the row, if any. */
export function openAcknowledgeKey(row: WorkflowComplaint): string | undefined {
  return storedDeadlines(row).find((d) => d.kind === 'acknowledge' && d.completedAt === undefined && d.endedAt === undefined)?.key;
}

async function completeAcknowledgeInTx(db: AppDB, station: Station, actor: Actor, complaintId: string, at: string, now: Date): Promise<void> {
  const current = (await db.complaints.get(complaintId)) as WorkflowComplaint | undefined;
  if (!current || !openAcknowledgeKey(current)) return;
  const completedAt = toIsoInstant(parseInstant(at));
  await writeRecordInTx<WorkflowComplaint>(db, station, actor, {
    table: 'complaints',
    id: complaintId,
    action: 'contactAcknowledge',
    ignore: DERIVED_FIELDS,
    derive: deriveWorkflowComplaint,
    next: (c) => {
      if (!c) throw new ValidationError([{ path: 'complaintId', code: 'validation.notFound' }]);
      const key = openAcknowledgeKey(c);
      const d = key ? c.deadlines?.[key] : undefined;
      return key && d ? { ...c, deadlines: { ...c.deadlines, [key]: { ...d, completedAt } } } : c;
    },
  }, now.getTime());
}

/** The log of one case, oldest first. */
export async function contactsOf(db: AppDB, complaintId: string): Promise<StoredContact[]> {
  const rows = await db.contacts.where('complaintId').equals(complaintId).toArray();
  return rows.filter((r) => !r.deletedAt).sort((a, b) => a.at.localeCompare(b.at));
}
