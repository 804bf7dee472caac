import { describe, expect, it } from 'vitest';
import { maskContact } from './mask';

describe('maskContact', () => {
  it('keeps just enough to recognise a record', () => {
    expect(maskContact('13812345678')).toBe('138****5678');
    expect(maskContact('0571-88886666')).toBe('057****6666');
    expect(maskContact('wang@example.com')).toBe('w***@example.com');
    expect(maskContact('王经理')).toBe('王**');
    expect(maskContact('')).toBe('');
  });

  it('never returns the value it masks', () => {
    for (const v of ['13812345678', 'a@b.cn', '张三', '上海市浦东新区张江路 88 号']) expect(maskContact(v)).not.toBe(v);
  });
});
