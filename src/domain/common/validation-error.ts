/**
 * A refusal with one i18n code per offending field. The form shows the codes at
 * the fields; the repository and every import throw the same error, so bad data
 * is refused with the same words wherever it enters.
 */
import type { z } from 'zod';

export interface FieldIssue {
  path: string;
  code: string;
}

/** Our schemas give i18n keys as messages (`auth.err.passwordShort`); zod's own messages are sentences. */
const MESSAGE_KEY = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$/;

export class ValidationError extends Error {
  readonly issues: FieldIssue[];
  constructor(issues: FieldIssue[]) {
    super(`invalid: ${issues.map((i) => `${i.path || '(record)'} ${i.code}`).join('; ')}`);
    this.name = 'ValidationError';
    this.issues = issues;
  }

  static fromZod(error: z.ZodError): ValidationError {
    return new ValidationError(
      error.issues.map((i) => ({ path: i.path.map(String).join('.'), code: MESSAGE_KEY.test(i.message) ? i.message : 'validation.invalid' })),
    );
  }
}

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw ValidationError.fromZod(result.error);
  return result.data;
}
