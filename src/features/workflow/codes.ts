/** Turns a refusal code (domain, repository or validation) into its i18n key. */
import type { TFunction } from 'i18next';

/** Domain codes ('transition.notAllowed') live under workflow.codes; our own and the app's keys are already full. */
export function codeKey(code: string): string {
  return code.startsWith('workflow.') || code.startsWith('validation.') || code.startsWith('auth.') ? code : `workflow.codes.${code}`;
}

export function codeText(t: TFunction, code: string): string {
  return t(codeKey(code), { defaultValue: code });
}
