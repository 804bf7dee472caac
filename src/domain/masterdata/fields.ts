/** Field rules shared by the master-data schemas. */
import { z } from 'zod';

export const optionalText = (max: number) => z.string().trim().max(max, { error: 'validation.tooLong' });
export const requiredText = (max: number) => optionalText(max).min(1, { error: 'validation.required' });

/** Codes are what spreadsheets and other systems know a row by: letters, digits and - _ . */
export const MASTER_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
export const masterCode = z.string().trim().regex(MASTER_CODE_PATTERN, { error: 'validation.masterCode' }).transform(normaliseCode);

/** Codes compare without case or surrounding blanks: "p-001" and "P-001 " are one product. */
export function normaliseCode(code: string): string {
  return code.trim().toUpperCase();
}

/**
 * A master row's id is its code's: two stations that import the same list
 * create the same rows, and a sync merges them instead of clashing on the code.
 * So a code never changes once the row exists.
 */
export function masterRowId(table: 'products' | 'customers', code: string): string {
  return `${table === 'products' ? 'prd' : 'cus'}:${normaliseCode(code)}`;
}
