/**
 * The company identity printed on every document that leaves the plant: names,
 * logo, contact lines, and per document the plant's form number, revision and
 * number prefix. Part of the synced plant config (group `company`); every field
 * has a default so rows written before these fields existed still parse.
 */
import { z } from 'zod';

/** The documents that carry a form number (e.g. QR-8.5-03 A/0) in their header. */
export const COMPANY_DOCUMENTS = ['eightD', 'recordForm', 'returnSlip', 'refusalLetter'] as const;
export type CompanyDocument = (typeof COMPANY_DOCUMENTS)[number];

/** What one line of the page header holds beside the logo and the title (A4, 10.5 pt). */
export const MAX_NAME_ZH = 30;
export const MAX_NAME_EN = 80;
export const MAX_LOGO_BYTES = 1024 * 1024;

const line = (max: number) => z.string().trim().max(max, { error: 'company.tooLong' }).default('');

export const documentFormSchema = z.object({
  /** The plant's form number, e.g. QR-8.5-03. */
  formNo: line(40),
  /** Its revision, e.g. A/0. */
  revision: line(20),
  /** Put before the record's own number on the document, e.g. 8D- → 8D-QA1-2026-0042. */
  prefix: z.string().trim().max(12, { error: 'company.tooLong' }).regex(/^[A-Za-z0-9-]*$/, { error: 'company.prefixChars' }).default(''),
});
export type DocumentForm = z.infer<typeof documentFormSchema>;

const form = documentFormSchema.default(documentFormSchema.parse({}));

export const companySchema = z.object({
  /** The Chinese name; the header's first line. Stored up to 100 (older rows); a save is held to the header's room. */
  name: z.string().trim().max(100, { error: 'company.nameTooLong' }).default(''),
  nameEn: z.string().trim().max(200, { error: 'company.nameTooLong' }).default(''),
  /** SHA-256 of the logo in the attachments table; '' when there is none. */
  logoSha256: z.union([z.literal(''), z.string().regex(/^[0-9a-f]{64}$/)]).default(''),
  address: line(200),
  phone: line(40),
  fax: line(40),
  website: line(100),
  forms: z.object({ eightD: form, recordForm: form, returnSlip: form, refusalLetter: form }).default({
    eightD: documentFormSchema.parse({}), recordForm: documentFormSchema.parse({}), returnSlip: documentFormSchema.parse({}), refusalLetter: documentFormSchema.parse({}),
  }),
});
export type Company = z.infer<typeof companySchema>;

/** What Settings › Company saves: the stored shape, with the names held to what one header line holds. */
export const companyInputSchema = companySchema.superRefine((c, ctx) => {
  if ([...c.name].length > MAX_NAME_ZH) ctx.addIssue({ code: 'custom', path: ['name'], message: 'company.nameTooLong' });
  if ([...c.nameEn].length > MAX_NAME_EN) ctx.addIssue({ code: 'custom', path: ['nameEn'], message: 'company.nameTooLong' });
});

/** A document may go out once the company has a name in the document's language (the Chinese one at least). */
export function companyIsSet(c: Pick<Company, 'name'>): boolean {
  return c.name.trim() !== '';
}

export type LogoProblem = 'company.logoNotImage' | 'company.logoTooLarge';

/**
 * A logo is a PNG or JPEG by its bytes (not by its name or MIME type) and at most 1 MB.
 * Returns the i18n code of the problem, or null.
 */
export function checkLogo(bytes: Uint8Array): LogoProblem | null {
  if (bytes.length > MAX_LOGO_BYTES) return 'company.logoTooLarge';
  const png = bytes.length >= 24 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
  const jpeg = bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  return png || jpeg ? null : 'company.logoNotImage';
}
