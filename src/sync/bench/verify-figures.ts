/**
 * `sync.verify_chain_100k_ms`: the stored audit chain checked from genesis, as at
 * start and after every import (db/audit-verify.ts), over 100,000 entries of
 * this station written as the repositories chain them.
 */
import { auditBodyText, chainAuditEntry, GENESIS_HASH, type AuditEntry } from '../../domain/audit/audit-chain';
import { checkStoredAuditChains } from '../../db/audit-verify';
import type { FreshDb } from './sync-figures';
import { canonicalJson } from '../../domain/common/canonical-json';
import { sha256Hex } from '../../domain/common/sha256';

export const VERIFY_CHAIN_ENTRIES = 100_000;

export async function measureVerifyChain(fresh: FreshDb, n = VERIFY_CHAIN_ENTRIES): Promise<Record<string, number>> {
  const db = await fresh('verify-chain');
  const station = (await db.settings.get('station'))?.value as { id: string };
  let prev = ((await db.settings.get('auditHead'))?.value as string | undefined) ?? GENESIS_HASH;
  const at = Date.parse('2026-11-20T02:00:00Z');
  for (let start = 0; start < n; start += 5000) {
    const entries: AuditEntry[] = [];
    for (let i = start; i < Math.min(n, start + 5000); i++) {
      const e = chainAuditEntry({
        id: `bench-audit-${String(i).padStart(7, '0')}`, station: station.id, actor: '张工', at: new Date(at + i * 1000).toISOString(),
        entity: 'complaints', rowId: `row-${i % 9973}`, action: 'update',
        changes: [{ path: 'status', before: 'new', after: 'acknowledged' }, { path: 'details.symptom', before: null, after: `泵体漏油 ${i}` }],
      }, prev);
      prev = e.hash;
      entries.push(e);
    }
    await db.audit.bulkAdd(entries);
  }
  await db.settings.put({ key: 'auditHead', value: prev });
  const t0 = performance.now();
  const found = await checkStoredAuditChains(db, station.id);
  const ms = performance.now() - t0;
  if (!found.ok) throw new Error(`bench chain did not verify: ${JSON.stringify(found)}`);
  // The same check hashing with the synchronous JS hash, and reading everything at once, for comparison.
  let t = performance.now();
  await checkStoredAuditChains(db, station.id, undefined, 'js');
  const jsVerifyMs = performance.now() - t;
  t = performance.now();
  await checkStoredAuditChains(db, station.id, n + 1);
  const onePageMs = performance.now() - t;
  // Where the check's time goes: reading the entries, serialising them, hashing them (sync JS and WebCrypto).
  t = performance.now();
  const all = await db.audit.orderBy('seq').toArray();
  const readMs = performance.now() - t;
  t = performance.now();
  const texts = all.map(({ seq: _s, hash: _h, ...body }) => canonicalJson(body));
  const canonicalMs = performance.now() - t;
  t = performance.now();
  for (const e of all) auditBodyText(e);
  const fastTextMs = performance.now() - t;
  t = performance.now();
  for (const text of texts) sha256Hex(text);
  const jsHashMs = performance.now() - t;
  t = performance.now();
  const enc = new TextEncoder();
  for (let i = 0; i < texts.length; i += 2000) await Promise.all(texts.slice(i, i + 2000).map((x) => crypto.subtle.digest('SHA-256', enc.encode(x))));
  const subtleMs = performance.now() - t;
  return {
    'sync.verify_chain_100k_ms': Math.round(ms),
    'sync.verify_chain_entries': found.entries,
    'sync.verify_chain.with_js_hash_ms': Math.round(jsVerifyMs),
    'sync.verify_chain.one_page_ms': Math.round(onePageMs),
    'sync.verify_chain.read_ms': Math.round(readMs),
    'sync.verify_chain.canonical_ms': Math.round(canonicalMs),
    'sync.verify_chain.body_text_ms': Math.round(fastTextMs),
    'sync.verify_chain.js_hash_ms': Math.round(jsHashMs),
    'sync.verify_chain.subtle_hash_ms': Math.round(subtleMs),
  };
}
