import { describe, expect, it } from 'vitest';
import { WORKFLOW_CODES } from './codes';

const known = new Set<string>(WORKFLOW_CODES);

/** Every code literal in the sources of both modules, so a new code cannot miss the translation list. */
const sources = import.meta.glob(['./*.ts', '../calendar/*.ts', '!./*.test.ts', '!../calendar/*.test.ts', '!./codes.ts', '!../calendar/codes.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

function codesInSources(): string[] {
  const found: string[] = [];
  for (const text of Object.values(sources)) {
    for (const m of text.matchAll(/'((?:calendar|deadline|assessment|transition|followUp)\.[A-Za-z0-9]+)'/g)) found.push(m[1] ?? '');
  }
  return found;
}

describe('workflow codes', () => {
  it('are unique and shaped area.name', () => {
    expect(new Set(WORKFLOW_CODES).size).toBe(WORKFLOW_CODES.length);
    for (const c of WORKFLOW_CODES) expect(c).toMatch(/^[a-z][A-Za-z]*\.[a-z][A-Za-z0-9]*$/);
  });

  it('list every code the sources use', () => {
    const used = codesInSources();
    expect(Object.keys(sources)).toContain('./status-machine.ts');
    expect(Object.keys(sources)).toContain('../calendar/overrides.ts');
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((c) => !known.has(c))).toEqual([]);
  });
});
