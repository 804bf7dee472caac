/**
 * Tokens for the tracking table's free-text search (a multi-entry index searched
 * by prefix). Every token is one more index entry written with the row, so only
 * what a prefix search cannot find otherwise is a token:
 * - codes (number, model, batch, serial, order): the whole code, and each segment
 *   after the first (the first is a prefix of the whole), so "0042" finds
 *   QA1-2026-0042;
 * - the words of the symptom (Chinese has no spaces: the runtime's word breaker
 *   splits it), so "漏油" finds "泵体接合面漏油".
 * Customer, company and product names are not tokens: they repeat across
 * thousands of complaints, so the search matches substrings against their
 * distinct values (db/queries/complaint-search.ts) instead of writing every
 * suffix of every name with every row (schema version 5).
 */
const MAX_SYMPTOM_WORDS = 24;

function norm(s: string): string {
  return s.trim().toLowerCase();
}

function codeTokens(code: string): string[] {
  const c = norm(code);
  if (!c) return [];
  return [c, ...c.split(/[-_/\s.]+/).slice(1).filter((s) => s.length >= 2)];
}

let segmenter: Intl.Segmenter | null = null;

/** Distinct words of a free text, at least two characters, the first MAX_SYMPTOM_WORDS of them. */
export function textWords(text: string): string[] {
  const t = norm(text);
  if (!t) return [];
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const out = new Set<string>();
  for (const s of segmenter.segment(t)) {
    if (s.isWordLike && Array.from(s.segment).length >= 2) out.add(s.segment);
    if (out.size >= MAX_SYMPTOM_WORDS) break;
  }
  return [...out];
}

export interface SearchableComplaint {
  number: string;
  customer: { name: string; company: string };
  product: { name: string; model: string; batchNo: string; serialNo: string; orderNo: string };
  details?: { symptom?: string };
}

export function complaintSearchTokens(c: SearchableComplaint): string[] {
  const tokens = new Set<string>([
    ...codeTokens(c.number),
    ...codeTokens(c.product.model),
    ...codeTokens(c.product.batchNo),
    ...codeTokens(c.product.serialNo),
    ...codeTokens(c.product.orderNo),
    ...textWords(c.details?.symptom ?? ''),
  ]);
  return [...tokens].filter((t) => t.length > 0);
}

/** The names a search matches by substring, as stored on the row (see the header). */
export function complaintSearchNames(c: SearchableComplaint): string[] {
  return [c.customer.name, c.customer.company, c.product.name];
}

/** Whether a name matches a normalised query: any substring, case-insensitive. */
export function nameMatches(name: string, needle: string): boolean {
  return norm(name).replace(/\s+/g, ' ').includes(needle);
}

export function normalizeSearch(query: string): string {
  return norm(query);
}
