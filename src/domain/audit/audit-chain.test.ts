import { describe, expect, it } from 'vitest';
import { chainAuditEntry, GENESIS_HASH, verifyAuditChain, type AuditEntry } from './audit-chain';

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
});
