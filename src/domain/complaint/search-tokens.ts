/**
 * Tokens for the tracking table's free-text search (a multi-entry index searched
 * by prefix). Codes (number, batch, order, serial) are indexed whole and by their
 * segments, so "0042" finds QA1-2026-0042. Names are indexed by every suffix, so a
 * prefix search finds any substring of a customer or product name (Chinese names
 * have no spaces to split on).
 */
const MAX_SUFFIXES = 24;

function norm(s: string): string {
  return s.trim().toLowerCase();
}

function codeTokens(code: string): string[] {
  const c = norm(code);
  if (!c) return [];
  return [c, ...c.split(/[-_/\s.]+/).filter((s) => s.length >= 2)];
}

function nameTokens(name: string): string[] {
  const n = norm(name).replace(/\s+/g, ' ');
  if (!n) return [];
  const out = [n];
  for (const word of n.split(' ')) {
    const chars = Array.from(word);
    for (let i = 0; i < Math.min(chars.length - 1, MAX_SUFFIXES); i++) out.push(chars.slice(i).join(''));
  }
  return out;
}

export interface SearchableComplaint {
  number: string;
  customer: { name: string; company: string };
  product: { name: string; model: string; batchNo: string; serialNo: string; orderNo: string };
}

export function complaintSearchTokens(c: SearchableComplaint): string[] {
  const tokens = new Set<string>([
    ...codeTokens(c.number),
    ...nameTokens(c.customer.name),
    ...nameTokens(c.customer.company),
    ...nameTokens(c.product.name),
    ...codeTokens(c.product.model),
    ...codeTokens(c.product.batchNo),
    ...codeTokens(c.product.serialNo),
    ...codeTokens(c.product.orderNo),
  ]);
  return [...tokens].filter((t) => t.length > 0);
}

export function normalizeSearch(query: string): string {
  return norm(query);
}
