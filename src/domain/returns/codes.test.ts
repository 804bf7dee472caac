import { describe, expect, it } from 'vitest';
import { RETURNS_CODES, toIssues } from './codes';

// Vite reads the sibling sources as text, so this works without Node types in the web tsconfig.
const files = import.meta.glob<string>(['./*.ts', '!./*.test.ts', '!./codes.ts', '!./test-fixtures.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const sources = Object.values(files).join('\n');
const used = new Set(sources.match(/'(?:returns|approval|claim|receipt|judgement|disposition|photo)\.[A-Za-z]+'/g)?.map((s) => s.slice(1, -1)));

describe('RETURNS_CODES', () => {
  it('lists every code the returns domain emits, each once', () => {
    expect(used.size).toBeGreaterThan(20);
    for (const code of used) expect(RETURNS_CODES).toContain(code);
    expect(new Set(RETURNS_CODES).size).toBe(RETURNS_CODES.length);
  });
  it('has no code nobody emits (so translators do not translate dead text)', () => {
    // 'returns.invalid' is emitted by toIssues itself, for zod messages that are not ours.
    for (const code of RETURNS_CODES.filter((c) => c !== 'returns.invalid')) expect(used).toContain(code);
  });
  it('maps foreign zod messages to a generic code', () => {
    expect(toIssues([{ path: ['a', 0], message: 'Expected string' }])).toEqual([{ path: ['a', 0], code: 'returns.invalid' }]);
  });
});
