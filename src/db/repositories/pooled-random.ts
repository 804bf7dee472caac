/**
 * Random fractions for ulid(), drawn from crypto 1,024 words at a time. The
 * package's own source asks crypto for one byte per character (16 calls per
 * id): a 10,000-row import makes 20,000 ids, and those calls alone took a
 * second of the import.
 */
const pool = new Uint32Array(1024);
let next = pool.length;

export function pooledRandom(): number {
  if (next === pool.length) {
    crypto.getRandomValues(pool);
    next = 0;
  }
  return (pool[next++] as number) / 4_294_967_296;
}
