/**
 * QA's measured values on a return (see domain/returns/measurements): stored
 * per line and characteristic with the limits they were judged against, so
 * the "conforms to contract" check reads the same values on every station.
 */
import type { AppDB } from '../app-db';
import { ValidationError } from '../../domain/common/validation-error';
import { listOf } from '../../domain/eightd/keyed';
import { normaliseCode } from '../../domain/masterdata/fields';
import { measuredValuesSchema, measurementsToStore, type StoredMeasurements } from '../../domain/returns/measurements';
import { authorize } from './authorize';
import { RETURN_DERIVED_FIELDS, toRequest, type StoredReturn } from './returns-row';
import type { Station } from './station';
import { tablesForWrite, writeRecordInTx, type Actor } from './write-record';

export type MeasuredReturn = StoredReturn & { measurements?: StoredMeasurements };

function invalid(path = ''): never {
  throw new ValidationError([{ path, code: 'repo.measurementInvalid' }]);
}

/** Replaces the measured values of the lines given (a line not given keeps its values). */
export async function saveMeasurements(db: AppDB, station: Station, actor: Actor, id: string, input: unknown, now = new Date()): Promise<MeasuredReturn> {
  await authorize(db, actor, 'return.judge');
  const parsed = measuredValuesSchema.safeParse(input);
  if (!parsed.success) invalid(parsed.error.issues[0]?.path.join('.'));
  const values = parsed.data;
  return db.transaction('rw', [...tablesForWrite(db, 'returns'), db.products], async () => {
    const current = (await db.returns.get(id)) as MeasuredReturn | undefined;
    if (!current || current.deletedAt) throw new ValidationError([{ path: '', code: 'repo.notFound' }]);
    // Every line and characteristic checked against the product master before anything is written.
    const lines = new Map(toRequest(current).lines.map((l) => [l.id, l]));
    const stored: StoredMeasurements = {};
    for (const [lineId, lineValues] of Object.entries(values)) {
      const line = lines.get(lineId);
      if (!line) invalid(lineId);
      const product = (await db.products.where('code').equals(normaliseCode(line.productNo)).toArray()).find((p) => !p.deletedAt);
      const characteristics = listOf(product?.characteristics);
      const known = new Set(characteristics.filter((c) => c.lower !== null || c.upper !== null).map((c) => c.id));
      if (Object.keys(lineValues).some((k) => !known.has(k))) invalid(lineId);
      stored[lineId] = measurementsToStore(characteristics, lineValues);
    }
    const { row } = await writeRecordInTx<MeasuredReturn>(db, station, actor, {
      table: 'returns',
      id,
      action: 'measure',
      ignore: RETURN_DERIVED_FIELDS,
      next: (r) => {
        if (!r) return invalid();
        const merged: StoredMeasurements = { ...(r.measurements ?? {}) };
        for (const [lineId, m] of Object.entries(stored)) merged[lineId] = { ...(merged[lineId] ?? {}), ...m };
        return { ...r, measurements: merged, updatedAt: now.toISOString(), updatedBy: actor.name };
      },
    }, now.getTime());
    return row;
  });
}
