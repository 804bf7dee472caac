/** What a person types to get an account or sign: login names and passwords, checked the same at the form and the repository. */
import { z } from 'zod';
import { PERSON_ROLES } from '../org/org';

export const MIN_PASSWORD = 8;
export const MAX_PASSWORD = 128;

export const loginNameSchema = z
  .string()
  .trim()
  .min(1, { error: 'auth.err.loginRequired' })
  .max(40, { error: 'auth.err.loginTooLong' })
  .regex(/^[A-Za-z0-9._-]+$/, { error: 'auth.err.loginChars' })
  .transform((s) => s.toLowerCase());

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD, { error: 'auth.err.passwordShort' })
  .max(MAX_PASSWORD, { error: 'auth.err.passwordLong' });

export const newPasswordSchema = z
  .object({ password: passwordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], error: 'auth.err.passwordMismatch' });

export const firstAdminSchema = z
  .object({
    name: z.string().trim().min(1, { error: 'validation.required' }).max(50, { error: 'validation.tooLong' }),
    login: loginNameSchema,
    password: passwordSchema,
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], error: 'auth.err.passwordMismatch' });
export type FirstAdminInput = z.input<typeof firstAdminSchema>;

export const newAccountSchema = z
  .object({
    personId: z.string().min(1, { error: 'validation.required' }),
    login: loginNameSchema,
    role: z.enum(PERSON_ROLES, { error: 'validation.required' }),
    password: passwordSchema,
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], error: 'auth.err.passwordMismatch' });
export type NewAccountInput = z.input<typeof newAccountSchema>;
