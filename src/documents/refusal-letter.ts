/**
 * The refusal letter (不予退货/索赔通知函) as a Word file: a polite business letter with
 * the company name and date at the bottom right and room for the seal; no internal
 * signature lines. The wording is the model's (refusal-letter-model.ts).
 */
import { buildDocument, companyName, para, title, toBytes, type DocCompany } from './docx-parts';
import type { DocFormSettings } from './eightd-report';
import { refusalLetterModel, type RefusalLetterData } from './refusal-letter-model';

export type { RefusalLetterData } from './refusal-letter-model';

export async function buildRefusalLetterDocx(d: RefusalLetterData, company: DocCompany, form: DocFormSettings = { formNo: '', revision: '', prefix: '' }): Promise<Uint8Array> {
  const m = refusalLetterModel(d, companyName(company, d.lang ?? 'zh-CN'), form.prefix);
  const children = [title(m.title), ...m.blocks.map((b) => para(b.text, b))];
  return toBytes(buildDocument({ lang: m.lang, company, form, title: m.title, number: m.number }, children));
}
