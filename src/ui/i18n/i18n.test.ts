import { describe, expect, it } from 'vitest';
import { zhCN } from './zh-CN';
import { en } from './en';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`)));
}

function leaves(obj: object): string[] {
  return Object.values(obj).flatMap((v) => (typeof v === 'string' ? [v] : leaves(v as object)));
}

describe('translations', () => {
  it('have the same keys in zh-CN and en', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
  });

  it('use the same interpolation variables in both languages', () => {
    const vars = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort().join(',');
    const zh = leaves(zhCN);
    const e = leaves(en);
    const mismatched = keys(zhCN).filter((_, i) => vars(zh[i] ?? '') !== vars(e[i] ?? ''));
    expect(mismatched).toEqual([]);
  });

  it('has no empty strings', () => {
    expect(leaves(zhCN).filter((s) => s.trim() === '')).toEqual([]);
    expect(leaves(en).filter((s) => s.trim() === '')).toEqual([]);
  });
});
