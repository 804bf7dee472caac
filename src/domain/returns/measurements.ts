/**
 * QA's measured values of returned goods, stored on the return (`measurements`,
 * keyed line id → characteristic id, so two stations measuring different
 * characteristics merge). Each value keeps a copy of the characteristic's name,
 * unit and limits as they were when measured: a later edit of the product
 * master does not change what was judged.
 */
import { z } from 'zod';
import { withinLimits, type Characteristic } from '../masterdata/product';
import type { Measurement } from './claim-checks';

/** A measured value; the bound keeps nonsense (1e300) out of documents. */
const value = z.number().finite().min(-1e9).max(1e9);

export const storedMeasurementSchema = z.object({
  value,
  name: z.string().min(1).max(100),
  unit: z.string().max(20),
  lower: z.number().finite().nullable(),
  upper: z.number().finite().nullable(),
});
export type StoredMeasurement = z.infer<typeof storedMeasurementSchema>;

/** line id → characteristic id → measured value (null: cleared). */
export const measuredValuesSchema = z.record(z.string().min(1).max(40), z.record(z.string().min(1).max(40), value.nullable()));
export type MeasuredValues = z.infer<typeof measuredValuesSchema>;

export type StoredMeasurements = Record<string, Record<string, StoredMeasurement | null>>;

/**
 * The values of one line as stored: each against its characteristic's current
 * limits; a value for a characteristic the product does not have (or has no
 * limit) is left out, a cleared value becomes null (a tombstone that syncs).
 */
export function measurementsToStore(characteristics: readonly Characteristic[], values: Readonly<Record<string, number | null>>): Record<string, StoredMeasurement | null> {
  const out: Record<string, StoredMeasurement | null> = {};
  for (const c of characteristics) {
    if (!(c.id in values) || (c.lower === null && c.upper === null)) continue;
    const v = values[c.id];
    out[c.id] = v === null || v === undefined ? null : { value: v, name: c.name, unit: c.unit, lower: c.lower, upper: c.upper };
  }
  return out;
}

/** The stored values of a line, judged against the limits they were measured against (for the claim checks). */
export function storedMeasurements(line: Readonly<Record<string, StoredMeasurement | null>> | undefined): Measurement[] {
  return Object.values(line ?? {}).flatMap((m) => (m ? [{ characteristic: m.name, withinSpec: withinLimits(m, m.value) }] : []));
}

/** The stored values of a line as plain numbers by characteristic id (what the form edits). */
export function measuredValuesOf(line: Readonly<Record<string, StoredMeasurement | null>> | undefined): Record<string, number | null> {
  return Object.fromEntries(Object.entries(line ?? {}).flatMap(([id, m]) => (m ? [[id, m.value]] : [])));
}
