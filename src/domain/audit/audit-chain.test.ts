import { describe, expect, it } from 'vitest';
import { auditBodyText, chainAuditEntry, GENESIS_HASH, verifyAuditChain, type AuditEntry } from './audit-chain';
import { canonicalJson } from '../common/canonical-json';

function chain(n: number): AuditEntry[] {
  const out: AuditEntry[] = [];
  let prev = GENESIS_HASH;
  for (let i = 0; i < n; i++) {
    const e = chainAuditEntry(
      { id: `e${i}`, station: 'S1', actor: '张三', at: `2026-11-0${i + 1}T08:00:00.000Z`, entity: 'complaints', rowId: 'c1', action: 'update', changes: [{ path: 'customer.phone', before: String(i), after: String(i + 1) }] },
      prev,
    );
    out.push(e);
    prev = e.hash;
  }
  return out;
}

describe('audit chain', () => {
  it('verifies an intact chain and returns its head', () => {
    const entries = chain(4);
    expect(verifyAuditChain(entries)).toEqual({ ok: true, head: entries[3]?.hash });
  });

  it('detects a rewritten entry', () => {
    const entries = chain(4);
    const tampered = entries.map((e, i) => (i === 1 ? { ...e, actor: '李四' } : e));
    expect(verifyAuditChain(tampered)).toEqual({ ok: false, brokenAt: 'e1' });
  });

  it('detects a removed entry', () => {
    const entries = chain(4);
    expect(verifyAuditChain([entries[0]!, entries[2]!, entries[3]!])).toEqual({ ok: false, brokenAt: 'e2' });
  });

  it('hashes exactly the canonical JSON of the entry without seq and hash, whatever its shape', () => {
    const base = chain(1)[0]!;
    const shapes: Record<string, unknown>[] = [
      { ...base, seq: 7 },
      { ...base, changes: [] },
      { ...base, changes: [{ path: 'a"b', before: { z: 1, a: [1, null, '引号"'] }, after: null }, { path: 'x', before: true, after: 2.5 }] },
      { ...base, changes: [{ path: 'only-after', after: 'v' }] },
      { ...base, changes: [{ path: 'p', before: 1, after: 2, extra: 'k' }] },
      { ...base, extra: { b: 1, a: 2 } },
      { ...base, rowId: 42 },
      { ...base, actor: undefined },
      { ...base, at: '2026-\u0000\n 时间' },
    ];
    for (const e of shapes) {
      const { seq: _s, hash: _h, ...body } = e;
      expect(auditBodyText(e as unknown as AuditEntry)).toBe(canonicalJson(body));
    }
  });
});
