/** Which version of an 8D report is printed; kept apart from the docx builder so print views can use it without loading docx. */
import { contentHash } from '../domain/eightd/signature';
import type { EightD } from '../domain/eightd/schema';

/**
 * Each new content that was signed counts as one version, in the order it was first signed;
 * unsigned changes after the last signing make the next version.
 */
export function reportVersion(r: EightD): number {
  const seen: string[] = [];
  const sigs = Object.values(r.signatures).filter((s) => s !== null).sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  for (const s of sigs) if (!seen.includes(s.hash)) seen.push(s.hash);
  const i = seen.indexOf(contentHash(r));
  return i >= 0 ? i + 1 : seen.length + 1;
}
