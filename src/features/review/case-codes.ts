/** Refusal codes of the case records as text: the review's own codes under review.codes, the rest as the workflow shows them. */
import type { TFunction } from 'i18next';
import { codeText } from '../workflow/codes';

const OWN = ['survey.', 'accountability.', 'money.'];

export function caseCodeText(t: TFunction, code: string): string {
  return OWN.some((p) => code.startsWith(p)) ? t(`review.codes.${code}`, { defaultValue: code }) : codeText(t, code);
}
