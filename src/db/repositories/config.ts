/** The plant configuration row: read with defaults, written group by group through the stamped writer. */
import type { AppDB, SyncedRow } from '../app-db';
import { DEFAULT_PLANT_CONFIG, PLANT_CONFIG_ID, plantConfigOf, plantConfigSchema, type PlantConfig } from '../../domain/config/plant-config';
import { parseOrThrow, ValidationError } from '../../domain/common/validation-error';
import { checkLogo, companyInputSchema } from '../../domain/config/company';
import { storeAttachment } from './attachments';
import { writeRecord, type Actor } from './write-record';
import type { Station } from './station';
import { authorize } from './authorize';

/** The stored config, with defaults for anything a station has not set (or an older station did not know). */
export function configFromRow(row: SyncedRow | undefined): PlantConfig {
  if (!row) return DEFAULT_PLANT_CONFIG;
  const { id: _id, _clocks, deletedAt: _d, ...data } = row;
  return plantConfigOf(data);
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

/** Settings › Company: the names held to the header's room, then stored like every group. */
export async function saveCompany(db: AppDB, station: Station, actor: Actor, value: unknown): Promise<PlantConfig> {
  const parsed = companyInputSchema.safeParse(value);
  if (!parsed.success) throw new ValidationError(parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), code: i.message.startsWith('company.') ? i.message : 'validation.invalid' })));
  return savePlantConfig(db, station, actor, 'company', parsed.data);
}

/** Stores a logo file after checking its bytes (PNG or JPEG, at most 1 MB); returns its SHA-256. Read before any transaction. */
export async function storeLogo(db: AppDB, file: File): Promise<string> {
  const problem = checkLogo(new Uint8Array(await file.arrayBuffer()));
  if (problem) throw new ValidationError([{ path: 'logo', code: problem }]);
  return (await storeAttachment(db, file)).sha256;
}

/** The company as documents print it, with the logo's bytes ('' logo or a missing file: none). */
export async function loadDocumentCompany(db: AppDB): Promise<{ company: PlantConfig['company']; logo: Uint8Array | null }> {
  const { company } = await getPlantConfig(db);
  const row = company.logoSha256 ? await db.attachments.get(company.logoSha256) : undefined;
  return { company, logo: row && row.type.startsWith('image/') ? new Uint8Array(await row.blob.arrayBuffer()) : null };
}
