import { describe, expect, it } from 'vitest';
import { messages } from './messages';
import { RETURNS_CODES } from '../../domain/returns';
import { MONEY_CODES } from '../../domain/money';
import { RETURNS_REPO_CODES } from '../../db/repositories/returns';

function lookup(tree: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], tree);
}

describe('returns messages', () => {
  it('translate every code the domain and the repository can refuse with, in both languages', () => {
    for (const code of [...RETURNS_CODES, ...MONEY_CODES, ...RETURNS_REPO_CODES]) {
      expect(typeof lookup(messages.zhCN.returns.codes, code), `zh ${code}`).toBe('string');
      expect(typeof lookup(messages.en.returns.codes, code), `en ${code}`).toBe('string');
    }
  });
});
