/** Turns a refused write (ValidationError with domain codes) into translated text. */
import type { TFunction } from 'i18next';
import { ValidationError } from '../../domain/common/validation-error';

export function codeText(t: TFunction, code: string): string {
  if (code.startsWith('auth.')) return t(code);
  return t(`returns.codes.${code}`, { defaultValue: t('returns.codes.returns.invalid') });
}

/** The messages of a refusal, one per issue, de-duplicated; rethrows anything else. */
export function refusalMessages(t: TFunction, e: unknown): string[] {
  if (!(e instanceof ValidationError)) throw e;
  return [...new Set(e.issues.map((i) => codeText(t, i.code)))];
}
