/**
 * When an attachment's bytes may go. Two stores, one rule each:
 *
 * 1. The database (attachments table): a file goes when no row of any table
 *    that holds records — anything but the attachments themselves and the
 *    histories (change log, audit trail) — names its hash anywhere, and has not
 *    for UNREFERENCED_GRACE_MS (counted from the first check that found it
 *    unnamed, not from its own date: the parts of a large sync export import in
 *    any order, so a file may arrive days before the record that shows it), and
 *    it was stored more than ATTACHMENT_GRACE_MS ago (a form being filled stores
 *    its files before the record is saved). Deleted records still in their
 *    table count as naming it, so a restore from the "deleted" view finds its files.
 *    This never costs a backup anything: a downloaded backup ("Back up to…")
 *    holds its own copy, and a backup in the shell's folder needs the store
 *    beside it (2), which got the file before that backup was written.
 *
 * 2. The store beside the shell's backups (<backups>/attachments): a file goes
 *    only when no backup still kept names it, i.e. after the backups that need
 *    it are gone. Each backup says which files it needs; while any kept backup
 *    does not say (written before it did), nothing is removed.
 */
const SHA256 = /^[0-9a-f]{64}$/;
const SHA256_IN_TEXT = /[0-9a-f]{64}/g;

export const ATTACHMENT_GRACE_MS = 24 * 60 * 60 * 1000;
export const UNREFERENCED_GRACE_MS = 7 * ATTACHMENT_GRACE_MS;

/** Since when each unnamed file has been found unnamed (ISO time), kept between checks. */
export type UnreferencedSince = Record<string, string>;

/**
 * Every SHA-256 a value names: as a string, inside a longer string (a field
 * path), or as an object key. Not pointers: a key whose value is null (a removed
 * attachment's tombstone, `attachments: { <sha>: null }`) and the merge clocks
 * (`_clocks`, keyed by field paths that outlive the field).
 */
export function collectHashes(value: unknown, out: Set<string>): void {
  if (typeof value === 'string') {
    if (value.length === 64 && SHA256.test(value)) out.add(value);
    else if (value.length > 64) for (const m of value.matchAll(SHA256_IN_TEXT)) out.add(m[0]);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collectHashes(v, out);
    return;
  }
  for (const [k, v] of Object.entries(value)) {
    if (k === '_clocks' || v === null) continue;
    collectHashes(k, out);
    collectHashes(v, out);
  }
}

/**
 * Rule 1: the stored attachments the database may drop now, and the
 * since-when record to keep for the next check (a file named again leaves it).
 */
export function attachmentsToDrop(
  stored: readonly { sha256: string; createdAt: string }[],
  referenced: ReadonlySet<string>,
  since: UnreferencedSince,
  now: Date,
): { drop: string[]; since: UnreferencedSince } {
  const drop: string[] = [];
  const next: UnreferencedSince = {};
  const age = (iso: string) => now.getTime() - new Date(iso).getTime();
  for (const a of stored) {
    if (referenced.has(a.sha256)) continue;
    const from = since[a.sha256] ?? now.toISOString();
    if (age(from) > UNREFERENCED_GRACE_MS && age(a.createdAt) > ATTACHMENT_GRACE_MS) drop.push(a.sha256);
    else next[a.sha256] = from;
  }
  return { drop, since: next };
}

/** Rule 2: the store's files to remove, given what each kept backup needs (null: it does not say). */
export function storeFilesToRemove(files: readonly string[], keptBackupNeeds: readonly (readonly string[] | null)[]): string[] {
  if (keptBackupNeeds.some((needs) => needs === null)) return [];
  const needed = new Set(keptBackupNeeds.flatMap((needs) => needs ?? []));
  return files.filter((f) => !needed.has(f));
}
