/**
 * A customer of the master data (客户档案): one spelling of the name for every
 * case, the key-account flag, the people we talk to and the customer's own
 * complaint-number format. Messages are i18n keys.
 */
import { z } from 'zod';
import { PHONE_PATTERN } from '../complaint/schema';
import { masterCode, optionalText, requiredText } from './fields';

export const customerContactSchema = z.object({
  id: z.string().min(1).max(40),
  name: requiredText(100),
  position: optionalText(100),
  phone: z.union([z.literal(''), z.string().trim().regex(PHONE_PATTERN, { error: 'validation.phone' })]),
  email: z.union([z.literal(''), z.email({ error: 'validation.email' })]),
  order: z.number().int().min(0),
});
export type CustomerContact = z.infer<typeof customerContactSchema>;

export const customerInputSchema = z.object({
  code: masterCode,
  name: requiredText(200),
  shortName: optionalText(50),
  keyAccount: z.boolean(),
  industry: optionalText(100),
  address: optionalText(300),
  contacts: z.array(customerContactSchema).max(100, { error: 'validation.tooMany' }),
  salesOwner: optionalText(100),
  /** How the customer numbers its own complaints, e.g. "8D-YYYY-####": shown as a hint where their number is typed. */
  complaintNumberFormat: optionalText(100),
  active: z.boolean(),
});
export type CustomerInput = z.infer<typeof customerInputSchema>;

export function emptyCustomerInput(): CustomerInput {
  return { code: '', name: '', shortName: '', keyAccount: false, industry: '', address: '', contacts: [], salesOwner: '', complaintNumberFormat: '', active: true };
}

/** "张三/采购经理/13800138000/zs@example.com; 李四//0571-88886666/" — the contacts as one spreadsheet cell. */
export function formatContacts(list: readonly CustomerContact[]): string {
  return list.map((c) => [c.name, c.position, c.phone, c.email].join('/')).join('; ');
}

export function parseContacts(cell: string, idFor: (index: number) => string): CustomerContact[] {
  return cell
    .split(/[;；]/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((part, i) => {
      const [name = '', position = '', phone = '', email = ''] = part.split('/').map((s) => s.trim());
      return { id: idFor(i), name, position, phone, email, order: i };
    });
}
