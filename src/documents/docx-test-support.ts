/** Reading our Word files back in tests: the text of the body, headers and footers, and the raw XML. */
import { strFromU8, unzipSync } from 'fflate';

/** Word splits text into runs; joining the text of all runs lets us search for whole values. */
export function docText(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
}

export function docxParts(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const get = (prefix: string) => Object.keys(files).filter((k) => k.startsWith(prefix)).sort().map((k) => strFromU8(files[k]!)).join('\n');
  const document = get('word/document.xml');
  const headers = get('word/header');
  const footers = get('word/footer');
  return {
    files, document, headers, footers, styles: get('word/styles.xml'),
    media: Object.keys(files).filter((k) => k.startsWith('word/media/')),
    body: docText(document), headerText: docText(headers), footerText: docText(footers),
    /** Everything a reader sees: body, headers and footers. */
    all: docText(document) + docText(headers) + docText(footers),
  };
}

/** What must never be printed on a document that leaves the plant. */
export const INTERNAL_MARKS: readonly RegExp[] = [/[0-9a-f]{64}/i, /Asia\/Shanghai/, /[+-]\d{2}:\d{2}\b/, /\bUTC\b/, /\bGMT\b/, /签字失效/, /内容摘要/];

export function internalMarks(text: string): string[] {
  return INTERNAL_MARKS.filter((r) => r.test(text)).map(String);
}
