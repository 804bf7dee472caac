/**
 * Keyed lists: stored as `{ [id]: item | null }` (merge-friendly), edited as
 * arrays in order. Removing an item writes `null` at its id so the removal syncs.
 */
export interface Keyed {
  id: string;
  order: number;
}

export function listOf<T extends Keyed>(map: Record<string, T | null> | undefined): T[] {
  return Object.values(map ?? {})
    .filter((v): v is T => v !== null && v !== undefined)
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
}

/** The map for an edited list: order renumbered, ids no longer present tombstoned. */
export function mapOf<T extends Keyed>(list: readonly T[], previous: Record<string, T | null> | undefined): Record<string, T | null> {
  const out: Record<string, T | null> = {};
  for (const id of Object.keys(previous ?? {})) out[id] = null;
  list.forEach((item, i) => {
    out[item.id] = { ...item, order: i };
  });
  return out;
}
