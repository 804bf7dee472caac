import { describe, expect, it } from 'vitest';
import { contactInputSchema, emptyContactInput } from './contact';
import { customerInputSchema, emptyCustomerInput, formatContacts, parseContacts } from './customer';
import { emptyProductInput, formatCharacteristics, parseCharacteristics, productInputSchema, withinLimits } from './product';
import { masterSearchText, matchesQuery, pinyinInitials } from './search';

function issues(r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (r.error?.issues ?? []).map((i) => `${i.path.join('.')}:${i.message}`);
}

describe('product schema', () => {
  const valid = { ...emptyProductInput(), code: 'p-001', name: '液压泵', shelfLifeDays: 365, warrantyMonths: 12 };

  it('accepts a product and stores its code upper-cased', () => {
    const r = productInputSchema.parse(valid);
    expect(r.code).toBe('P-001');
  });

  it('refuses a negative shelf life and a warranty over 600 months', () => {
    expect(issues(productInputSchema.safeParse({ ...valid, shelfLifeDays: -1 }))).toEqual(['shelfLifeDays:validation.nonNegative']);
    expect(issues(productInputSchema.safeParse({ ...valid, warrantyMonths: 601 }))).toEqual(['warrantyMonths:validation.warrantyMax']);
    expect(productInputSchema.safeParse({ ...valid, warrantyMonths: 600 }).success).toBe(true);
  });

  it('refuses a code with blanks inside and limits in the wrong order', () => {
    expect(issues(productInputSchema.safeParse({ ...valid, code: 'P 1' }))).toEqual(['code:validation.masterCode']);
    const c = { id: 'c1', name: '外径', unit: 'mm', lower: 10.1, upper: 9.9, order: 0 };
    expect(issues(productInputSchema.safeParse({ ...valid, characteristics: [c] }))).toEqual(['characteristics.0.upper:validation.limitsOrder']);
  });

  it('writes and reads characteristics as one cell', () => {
    const list = parseCharacteristics('外径:9.9~10.1 mm; 硬度：58～ HRC', (i) => `c${i}`);
    expect(list).toEqual([
      { id: 'c0', name: '外径', lower: 9.9, upper: 10.1, unit: 'mm', order: 0 },
      { id: 'c1', name: '硬度', lower: 58, upper: null, unit: 'HRC', order: 1 },
    ]);
    expect(formatCharacteristics(list ?? [])).toBe('外径:9.9~10.1 mm; 硬度:58~ HRC');
    expect(parseCharacteristics('外径 10', (i) => `c${i}`)).toBeUndefined();
  });

  it('judges a value against inclusive limits', () => {
    expect(withinLimits({ lower: 9.9, upper: 10.1 }, 10.1)).toBe(true);
    expect(withinLimits({ lower: 9.9, upper: 10.1 }, 10.11)).toBe(false);
    expect(withinLimits({ lower: null, upper: 5 }, -100)).toBe(true);
  });
});

describe('customer schema', () => {
  it('checks the contacts and reads them from one cell', () => {
    const contacts = parseContacts('张三/采购经理/13800138000/zs@example.com; 李四//0571-88886666/', (i) => `k${i}`);
    expect(contacts.map((c) => c.name)).toEqual(['张三', '李四']);
    const input = { ...emptyCustomerInput(), code: 'C01', name: '华东精密机械有限公司', contacts };
    expect(customerInputSchema.safeParse(input).success).toBe(true);
    expect(formatContacts(contacts)).toBe('张三/采购经理/13800138000/zs@example.com; 李四//0571-88886666/');
    const bad = { ...input, contacts: [{ ...contacts[0], phone: '123' }] };
    expect(issues(customerInputSchema.safeParse(bad))).toEqual(['contacts.0.phone:validation.phone']);
  });
});

describe('contact log entry', () => {
  const received = '2026-11-20T02:00:00.000Z';
  const now = new Date('2026-11-25T00:00:00Z');
  const entry = { ...emptyContactInput('C1', '2026-11-20T03:00:00.000Z', '王客服'), summary: '已电话确认收到投诉' };

  it('accepts a contact after the receipt', () => {
    expect(contactInputSchema(received, now).safeParse(entry).success).toBe(true);
  });

  it('refuses a contact before the receipt', () => {
    const r = contactInputSchema(received, now).safeParse({ ...entry, at: '2026-11-20T01:59:00.000Z' });
    expect(issues(r)).toEqual(['at:validation.contactBeforeReceipt']);
  });

  it('refuses a next step dated before the contact', () => {
    const r = contactInputSchema(received, now).safeParse({ ...entry, nextStepDate: '2026-11-19' });
    expect(issues(r)).toEqual(['nextStepDate:validation.nextStepBeforeContact']);
  });
});

describe('type-ahead key', () => {
  it('finds a row by code, name and pinyin initials', () => {
    expect(pinyinInitials('深圳华强')).toBe('szhq');
    expect(pinyinInitials('ABC')).toBe('');
    const key = masterSearchText(['C-001', '深圳华强电子', '华强']);
    expect(matchesQuery(key, 'c-001')).toBe(true);
    expect(matchesQuery(key, '华强电子')).toBe(true);
    expect(matchesQuery(key, 'szhq')).toBe(true);
    expect(matchesQuery(key, 'szhq 电子')).toBe(true);
    expect(matchesQuery(key, 'bj')).toBe(false);
  });
});
