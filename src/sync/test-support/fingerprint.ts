/** A hash of every table of a database: equal fingerprints = nothing was written. */
import type { AppDB } from '../../db/app-db';
import { canonicalJson } from '../../domain/common/canonical-json';
import { sha256Hex } from '../../domain/common/sha256';

export async function fingerprint(db: AppDB): Promise<string> {
  const parts: string[] = [];
  for (const table of db.tables.map((t) => t.name).sort()) {
    const rows = await db.table(table).toArray();
    const plain = rows.map((r: Record<string, unknown>) => {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(r)) out[k] = v instanceof Blob ? { blob: v.size, type: v.type } : v;
      return out;
    });
    parts.push(`${table}:${canonicalJson(plain)}`);
  }
  return sha256Hex(parts.join('\n'));
}
