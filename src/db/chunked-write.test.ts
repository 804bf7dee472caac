import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ulid } from 'ulid';
import { writeInChunks } from './chunked-write';

async function db() {
  const d = new Dexie(`chunks-${ulid()}`);
  d.version(1).stores({ rows: 'id' });
  await d.open();
  return d;
}

describe('writes in chunks', () => {
  it('reports after every chunk inside one transaction', async () => {
    const d = await db();
    const rows = Array.from({ length: 25 }, (_, i) => ({ id: `r${i}` }));
    const seen: number[] = [];
    await d.transaction('rw', d.table('rows'), () => writeInChunks(d.table('rows'), rows, (n) => seen.push(n), 'put', 10));
    expect(seen).toEqual([10, 10, 5]);
    expect(await d.table('rows').count()).toBe(25);
  });

  it('writes nothing when a later chunk fails', async () => {
    const d = await db();
    const rows = [...Array.from({ length: 15 }, (_, i) => ({ id: `r${i}` })), { id: 'r3' }];
    const seen: number[] = [];
    await expect(d.transaction('rw', d.table('rows'), () => writeInChunks(d.table('rows'), rows, (n) => seen.push(n), 'add', 10))).rejects.toThrow();
    expect(seen).toEqual([10]);
    expect(await d.table('rows').count()).toBe(0);
  });
});
