/** Shared by the workflow forms: domain codes shown as translated messages, and a write that reports refusals. */
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import { ValidationError } from '../../domain/common/validation-error';
import { codeKey, codeText } from './codes';

function prefixMessages(errors: Record<string, unknown>): void {
  for (const value of Object.values(errors)) {
    if (!value || typeof value !== 'object') continue;
    const e = value as { message?: unknown };
    if (typeof e.message === 'string') e.message = codeKey(e.message);
    else prefixMessages(value as Record<string, unknown>);
  }
}

/**
 * Wraps a zod resolver so the domain's codes ('assessment.invalidValue') reach
 * FormField as full i18n keys ('workflow.codes.assessment.invalidValue').
 */
export function withCodeKeys<T extends FieldValues>(resolver: Resolver<T>): Resolver<T> {
  return async (values, context, options) => {
    const result = await resolver(values, context, options);
    prefixMessages(result.errors as FieldErrors<T> as Record<string, unknown>);
    return result;
  };
}

/**
 * Runs a repository write; on success shows `ok`, on a refusal shows every
 * code translated (and hands the issues to `onIssues` for field errors).
 * Returns whether it was written.
 */
export function useWorkflowWrite() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return async (write: () => Promise<unknown>, ok: string, onIssues?: (e: ValidationError) => void): Promise<boolean> => {
    try {
      await write();
      void message.success(ok);
      return true;
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      onIssues?.(e);
      void message.error(e.issues.map((i) => codeText(t, i.code)).join('；'));
      return false;
    }
  };
}
