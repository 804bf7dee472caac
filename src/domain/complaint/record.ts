/**
 * The stored complaint: the record form plus what the workflow adds (status,
 * assessment, owner, deadlines). Fields listed in DERIVED_FIELDS are recomputed
 * on every write and merge; they are never stamped or synced.
 */
import { z } from 'zod';
import { COMPLAINT_NUMBER_PATTERN, type ComplaintInput } from './schema';

export const DERIVED_FIELDS: ReadonlySet<string> = new Set(['searchTokens', '_clocks', 'nextDueAt']);

export interface ComplaintMeta {
  id: string;
  number: string;
  /** Code of the station that recorded it (e.g. QA1). */
  station: string;
  status: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  category?: string;
  grade?: string;
  department?: string;
  ownerId?: string;
  /** Earliest open deadline (ISO instant), for sorting and the overdue view. */
  nextDueAt?: string;
  deletedAt?: string | null;
  searchTokens: string[];
  /** Per leaf path: the encoded HLC of the write that last set it. */
  _clocks: Record<string, string>;
}

export type Complaint = ComplaintInput & ComplaintMeta & Record<string, unknown>;

export function formatComplaintNumber(stationCode: string, year: number, seq: number): string {
  return `${stationCode}-${year}-${String(seq).padStart(4, '0')}`;
}

export function isComplaintNumber(text: string): boolean {
  return COMPLAINT_NUMBER_PATTERN.test(text);
}

export const complaintMetaSchema = z.object({
  id: z.string().min(10).max(40),
  number: z.string().regex(COMPLAINT_NUMBER_PATTERN),
  station: z.string().min(1).max(10),
  status: z.string().min(1).max(40),
  createdAt: z.string(),
  createdBy: z.string().max(100),
  updatedAt: z.string(),
  updatedBy: z.string().max(100),
});
