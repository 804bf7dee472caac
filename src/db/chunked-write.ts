/**
 * Large writes inside one transaction, in chunks, so a progress bar moves while
 * they run: between two chunks the browser handles the finished request as a
 * task of its own and may repaint. The caller's transaction stays one — all or
 * nothing — because no timer is awaited (that would let IndexedDB commit early).
 */
import type { Table } from 'dexie';

export const WRITE_CHUNK = 1000;

/** bulkPut (or bulkAdd) of `rows` in chunks, calling `onChunk(written)` after each; must run inside a transaction over `table`. */
export async function writeInChunks<T, K>(table: Table<T, K>, rows: readonly T[], onChunk: (written: number) => void, mode: 'put' | 'add' = 'put', chunk = WRITE_CHUNK): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    if (mode === 'put') await table.bulkPut(part);
    else await table.bulkAdd(part);
    onChunk(part.length);
  }
}
