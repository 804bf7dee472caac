import { describe, expect, it } from 'vitest';
import { diffRecords, getPath, jsonEqual, setPath } from './field-paths';

describe('field paths', () => {
  it('diffs nested objects down to leaves and keeps arrays atomic', () => {
    const before = { customer: { name: '甲', phone: '1' }, demand: { kinds: ['repair'] } };
    const after = { customer: { name: '甲', phone: '2' }, demand: { kinds: ['repair', 'refund'] } };
    expect(diffRecords(before, after)).toEqual([
      { path: 'customer.phone', before: '1', after: '2' },
      { path: 'demand.kinds', before: ['repair'], after: ['repair', 'refund'] },
    ]);
  });

  it('records a removed map entry as null at its path', () => {
    const before = { attachments: { abc: { name: 'a.jpg' } } };
    const after = { attachments: {} };
    expect(diffRecords(before, after)).toEqual([{ path: 'attachments.abc', before: { name: 'a.jpg' }, after: null }]);
  });

  it('stamps every leaf of a new record and skips ignored keys', () => {
    const changes = diffRecords(undefined, { a: 1, b: { c: 'x' }, searchTokens: ['q'] }, new Set(['searchTokens']));
    expect(changes.map((c) => c.path)).toEqual(['a', 'b.c']);
  });

  it('stamps a new empty map as one leaf so that other stations get the key', () => {
    expect(diffRecords(undefined, { attachments: {}, a: { b: {} } })).toEqual([
      { path: 'attachments', before: undefined, after: {} },
      { path: 'a.b', before: undefined, after: {} },
    ]);
  });

  it('refuses prototype-polluting keys', () => {
    const evil = JSON.parse('{"__proto__": {"x": 1}}') as Record<string, never>;
    expect(() => diffRecords({}, evil)).toThrow(/unsafe/);
    expect(() => setPath({}, 'a.__proto__.x', 1)).toThrow(/unsafe/);
  });

  it('sets and gets dotted paths without mutating the source', () => {
    const src = { a: { b: 1 } };
    const next = setPath(src, 'a.c.d', 'x');
    expect(getPath(next, 'a.c.d')).toBe('x');
    expect(getPath(next, 'a.b')).toBe(1);
    expect(src).toEqual({ a: { b: 1 } });
  });

  it('compares JSON structurally', () => {
    expect(jsonEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });
});
