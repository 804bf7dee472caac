/**
 * The search tokens of schema versions 1–4, frozen: every suffix of every name
 * as an index entry. Kept only as the oracle of the search-equivalence test
 * (the v5 search must find everything these found) and as the bench's
 * before-figure; the app does not use it.
 */
import type { SearchableComplaint } from './search-tokens';

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

export function v4SearchTokens(c: SearchableComplaint): string[] {
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
