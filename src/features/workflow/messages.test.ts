import { describe, expect, it } from 'vitest';
import { messages } from './messages';
import { codeKey } from './codes';
import { WORKFLOW_CODES } from '../../domain/workflow/codes';
import { CATEGORIES, GENUINENESS, GRADES, SEVERITIES, URGENCIES } from '../../domain/workflow/assessment';
import { DEADLINE_KINDS, DEADLINE_STATES, DEADLINE_END_REASONS } from '../../domain/workflow/deadlines';
import { COMPLAINT_STATUSES, REJECTION_REASONS } from '../../domain/workflow/statuses';
import { FOLLOW_UP_METHODS } from '../../domain/workflow/follow-up';

function lookup(bundle: object, key: string): unknown {
  return key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], bundle);
}

describe('workflow translations', () => {
  const bundles = { zhCN: messages.zhCN, en: messages.en };
  it.each(Object.entries(bundles))('%s covers every workflow code', (_lang, bundle) => {
    const missing = WORKFLOW_CODES.filter((c) => typeof lookup(bundle, codeKey(c)) !== 'string');
    expect(missing).toEqual([]);
  });

  it.each(Object.entries(bundles))('%s labels every vocabulary value', (_lang, bundle) => {
    const lists: [string, readonly string[]][] = [
      ['genuineness', GENUINENESS], ['severities', SEVERITIES], ['urgencies', URGENCIES], ['categories', CATEGORIES], ['grades', GRADES],
      ['kinds', DEADLINE_KINDS], ['states', DEADLINE_STATES], ['endReasons', DEADLINE_END_REASONS], ['transitions.to', COMPLAINT_STATUSES],
      ['rejectionReasons', REJECTION_REASONS], ['methods', FOLLOW_UP_METHODS],
    ];
    const missing = lists.flatMap(([group, values]) => values.map((v) => `workflow.${group}.${v}`)).filter((k) => typeof lookup(bundle, k) !== 'string');
    expect(missing).toEqual([]);
  });

  it('keeps the repository codes as full keys', () => {
    expect(codeKey('workflow.errors.departmentRequired')).toBe('workflow.errors.departmentRequired');
    expect(codeKey('transition.d4Required')).toBe('workflow.codes.transition.d4Required');
    expect(typeof lookup(messages.en, 'workflow.errors.deadlinesExist')).toBe('string');
  });
});
