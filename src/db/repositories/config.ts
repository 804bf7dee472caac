/** The plant configuration row: read with defaults, written group by group through the stamped writer. */
import type { AppDB, SyncedRow } from '../app-db';
import { DEFAULT_PLANT_CONFIG, PLANT_CONFIG_ID, plantConfigSchema, type PlantConfig } from '../../domain/config/plant-config';
import { parseOrThrow } from '../../domain/common/validation-error';
import { writeRecord, type Actor } from './write-record';
import type { Station } from './station';
import { authorize } from './authorize';

/** The stored config, with defaults for anything a station has not set (or an older station did not know). */
export function configFromRow(row: SyncedRow | undefined): PlantConfig {
  if (!row) return DEFAULT_PLANT_CONFIG;
  const { id: _id, _clocks, deletedAt: _d, ...data } = row;
  const parsed = plantConfigSchema.safeParse(data);
  return parsed.success ? parsed.data : DEFAULT_PLANT_CONFIG;
}

export async function getPlantConfig(db: AppDB): Promise<PlantConfig> {
  return configFromRow(await db.config.get(PLANT_CONFIG_ID));
}

/** Replaces one group of the config (e.g. `deadlines`), validated as a whole first. */
export async function savePlantConfig<K extends keyof PlantConfig>(db: AppDB, station: Station, actor: Actor, key: K, value: PlantConfig[K]): Promise<PlantConfig> {
  await authorize(db, actor, key === 'permissions' ? 'people.manage' : 'settings.manage');
  const current = await getPlantConfig(db);
  const next = parseOrThrow(plantConfigSchema, { ...current, [key]: value });
  await writeRecord<SyncedRow>(db, station, actor, {
    table: 'config',
    id: PLANT_CONFIG_ID,
    action: 'update',
    ignore: new Set(),
    next: (row) => ({ ...(row ?? { id: PLANT_CONFIG_ID, _clocks: {} }), [key]: next[key] }),
  });
  return next;
}
