/** After a reset (or a new account), the person replaces the temporary password before anything else. */
import { useState } from 'react';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { getDb } from '../../db/db';
import { changeOwnPassword } from '../../db/repositories/accounts';
import type { Station } from '../../db/repositories/station';
import type { Person } from '../../db/app-db';
import { passwordSchema } from '../../domain/auth/credentials';
import { FormField } from '../../ui/FormField';
import { AuthCard, refusalText } from './AuthCard';

const schema = z
  .object({ oldPassword: z.string().min(1, { error: 'validation.required' }), password: passwordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], error: 'auth.err.passwordMismatch' });
type Values = z.infer<typeof schema>;

export function ChangePasswordScreen({ station, person, onDone, onCancel }: { station: Station; person: Person; onDone(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { oldPassword: '', password: '', confirm: '' } });
  const submit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      await changeOwnPassword(getDb(), station, person.id, v.oldPassword, { password: v.password, confirm: v.confirm });
      onDone();
    } catch (e) {
      setError(refusalText(t, e));
    }
  });
  return (
    <AuthCard title={t('auth.change.title')}>
      <Typography.Paragraph>{t('auth.change.intro')}</Typography.Paragraph>
      <Form layout="vertical" component="div" data-testid="change-password-form">
        <FormField control={form.control} name="oldPassword" label={t('auth.change.oldPassword')} required>
          {(f) => <Input.Password id="oldPassword" value={f.value} onChange={f.onChange} autoComplete="current-password" />}
        </FormField>
        <FormField control={form.control} name="password" label={t('auth.newPassword')} required>
          {(f) => <Input.Password id="password" value={f.value} onChange={f.onChange} autoComplete="new-password" />}
        </FormField>
        <FormField control={form.control} name="confirm" label={t('auth.confirmPassword')} required>
          {(f) => <Input.Password id="confirm" value={f.value} onChange={f.onChange} autoComplete="new-password" />}
        </FormField>
        {error && <Alert role="alert" type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Button type="primary" block loading={form.formState.isSubmitting} onClick={() => void submit()}>{t('auth.change.submit')}</Button>
        <Button type="link" block onClick={onCancel}>{t('auth.header.logOut')}</Button>
      </Form>
    </AuthCard>
  );
}
