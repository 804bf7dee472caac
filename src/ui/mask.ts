/**
 * Customer contact details are confidential: roles without "see customer contact
 * details" get them masked, keeping just enough to recognise a record
 * (138****5678, w***@example.com, 王**).
 */
export function maskContact(value: string | undefined | null): string {
  const v = (value ?? '').trim();
  if (!v) return '';
  const at = v.indexOf('@');
  if (at > 0) return `${v[0]}***${v.slice(at)}`;
  const digits = v.replace(/\D/g, '');
  if (digits.length >= 7) return `${v.slice(0, 3)}****${v.slice(-4)}`;
  const chars = [...v];
  return chars[0] + '*'.repeat(Math.max(1, Math.min(chars.length - 1, 6)));
}
