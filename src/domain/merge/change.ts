/**
 * One entry of the sync log: what one write set, on which row, stamped with the
 * write's HLC (which already names the station). Deletes are the field
 * `deletedAt` set on the row: a tombstone that syncs like any other field.
 */
import type { Json } from './field-paths';

export const SYNC_TABLES = ['complaints', 'eightD', 'returns', 'attachments', 'people', 'departments', 'config', 'products', 'customers', 'contacts'] as const;
export type SyncTable = (typeof SYNC_TABLES)[number];

export interface ChangeRecord {
  /** Local auto-increment key: "what changed since the last export". Not synced. */
  seq?: number;
  hlc: string;
  station: string;
  table: SyncTable;
  rowId: string;
  /** Leaf path → value written (null removes a map entry). */
  fields: Record<string, Json>;
  at: string;
  /** The author's name as shown in the audit trail. */
  actor: string;
  /**
   * The author's person id: the importer checks this person's role against the
   * permission matrix. Absent from changes written before it was recorded.
   */
  author?: string;
}
