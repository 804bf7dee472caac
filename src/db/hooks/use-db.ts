/** Live reads for the UI. Components read through these hooks and write through repositories. */
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../db';
import type { Complaint } from '../../domain/complaint/record';
import type { AuditEntry } from '../../domain/audit/audit-chain';
import type { Department, Person, StoredAttachment } from '../app-db';
import type { Station } from '../repositories/station';
import { configFromRow } from '../repositories/config';
import { dataVersion } from '../queries/data-version';
import { PLANT_CONFIG_ID, type PlantConfig } from '../../domain/config/plant-config';

export function useComplaint(id: string | undefined): Complaint | null | undefined {
  return useLiveQuery(async () => (id ? ((await getDb().complaints.get(id)) ?? null) : null), [id]);
}

export function useAuditFor(entity: string, rowId: string | undefined): AuditEntry[] | undefined {
  return useLiveQuery(
    async () => (rowId ? (await getDb().audit.where('[entity+rowId]').equals([entity, rowId]).sortBy('seq')).reverse() : []),
    [entity, rowId],
  );
}

export function useDepartments(): Department[] {
  return useLiveQuery(async () => (await getDb().departments.toArray()).filter((d) => !d.deletedAt), []) ?? [];
}

export function usePeople(): Person[] {
  return useLiveQuery(async () => (await getDb().people.orderBy('name').toArray()).filter((p) => !p.deletedAt), []) ?? [];
}

export function useStation(): Station | undefined {
  return useLiveQuery(async () => (await getDb().settings.get('station'))?.value as Station | undefined, []);
}

export function useAttachment(sha256: string): StoredAttachment | null | undefined {
  return useLiveQuery(async () => (await getDb().attachments.get(sha256)) ?? null, [sha256]);
}

/** Whether any complaint exists: one key read, where count() would walk the whole table. */
export function useHasComplaints(): boolean | undefined {
  return useLiveQuery(async () => (await getDb().complaints.limit(1).primaryKeys()).length > 0, []);
}

/** Bumps whenever anything is written: the tracking table's page cache keys on it. Undefined until first read. */
export function useDataVersion(): number | undefined {
  return useLiveQuery(() => dataVersion(getDb()), []);
}

export function usePlantConfig(): PlantConfig | undefined {
  return useLiveQuery(async () => configFromRow(await getDb().config.get(PLANT_CONFIG_ID)), []);
}

/** Whether a local setting is present (e.g. the backup key), without handing its value to the UI. */
export function useLiveSetting(key: string): boolean | undefined {
  return useLiveQuery(async () => (await getDb().settings.get(key)) !== undefined, [key]);
}
