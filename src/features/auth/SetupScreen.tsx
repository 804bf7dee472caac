/**
 * First start on an empty database: name this station and give it its own code
 * (complaint numbers carry it), and create the administrator, who becomes the
 * root of trust for every account and signature at this station. Then start
 * empty or with the demo dataset.
 */
import { useState, type ReactNode } from 'react';
import { Alert, Button, Divider, Form, Input, Space, Typography } from 'antd';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { getDb } from '../../db/db';
import { useHasComplaints } from '../../db/hooks/use-db';
import { createFirstAdministrator, type LoginResult } from '../../db/repositories/accounts';
import { DEMO_PASSWORD } from '../../domain/demo/demo-password';
import { stationSchema, updateStation, type Station } from '../../db/repositories/station';
import { firstAdminSchema } from '../../domain/auth/credentials';

import { FormField } from '../../ui/FormField';
import { AuthCard, refusalText } from './AuthCard';

const schema = z
  .object({ code: stationSchema.shape.code, stationName: stationSchema.shape.name, adminName: firstAdminSchema.shape.name, login: firstAdminSchema.shape.login, password: firstAdminSchema.shape.password, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], error: 'auth.err.passwordMismatch' });
type Values = z.input<typeof schema>;

/** `restore`: what the app offers instead of setting up (a restore from a backup file), before any administrator exists. */
export function SetupScreen({ station, onDone, restore }: { station: Station; onDone(r: LoginResult, demoCount: number | null): void; restore?: ReactNode }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<'empty' | 'demo' | null>(null);
  const hasData = useHasComplaints();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { code: station.code, stationName: station.name, adminName: '', login: 'admin', password: '', confirm: '' },
  });
  const finish = (withDemo: boolean) =>
    form.handleSubmit(async (v) => {
      setBusy(withDemo ? 'demo' : 'empty');
      setError(null);
      try {
        const db = getDb();
        const saved = await updateStation(db, { code: v.code, name: v.stationName, timeZone: station.timeZone });
        const { person, signer } = await createFirstAdministrator(db, saved, { name: v.adminName, login: v.login, password: v.password, confirm: v.confirm });
        // The demo loader (and its generator) is loaded only when asked for: it is not part of the first screen.
        const count = withDemo ? await (await import('../../db/repositories/demo')).loadDemoData(db, saved, { id: person.id, name: person.name }) : null;
        onDone({ person, signer, mustChange: false }, count);
      } catch (e) {
        setError(refusalText(t, e));
      } finally {
        setBusy(null);
      }
    })();
  return (
    <AuthCard title={t('auth.setup.title')} width={520}>
      <Typography.Paragraph>{t('auth.setup.intro')}</Typography.Paragraph>
      <Form layout="vertical" component="div" data-testid="first-run-station">
        <FormField control={form.control} name="stationName" label={t('settings.stationName')} required>
          {(f) => <Input id="stationName" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
        </FormField>
        <FormField control={form.control} name="code" label={t('settings.stationCode')} required extra={t('demo.codeHint')}>
          {(f) => <Input id="code" style={{ width: 120 }} value={f.value} onChange={(e) => f.onChange(e.target.value.toUpperCase())} onBlur={f.onBlur} />}
        </FormField>
        <Divider />
        <FormField control={form.control} name="adminName" label={t('auth.setup.adminName')} required>
          {(f) => <Input id="adminName" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
        </FormField>
        <FormField control={form.control} name="login" label={t('auth.loginName')} required>
          {(f) => <Input id="login" value={f.value} onChange={f.onChange} onBlur={f.onBlur} autoComplete="username" />}
        </FormField>
        <FormField control={form.control} name="password" label={t('auth.newPassword')} required>
          {(f) => <Input.Password id="password" value={f.value} onChange={f.onChange} onBlur={f.onBlur} autoComplete="new-password" />}
        </FormField>
        <FormField control={form.control} name="confirm" label={t('auth.confirmPassword')} required>
          {(f) => <Input.Password id="confirm" value={f.value} onChange={f.onChange} onBlur={f.onBlur} autoComplete="new-password" />}
        </FormField>
      </Form>
      {error && <Alert role="alert" type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      {/* A database from before accounts existed keeps its data: no demo offer, only the administrator. */}
      {hasData === false && <Typography.Paragraph type="secondary">{t('demo.body', { password: DEMO_PASSWORD })}</Typography.Paragraph>}
      {hasData && <Typography.Paragraph type="secondary" data-testid="setup-upgrade">{t('auth.setup.upgrade')}</Typography.Paragraph>}
      <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
        <Button type={hasData ? 'primary' : 'default'} loading={busy === 'empty'} disabled={busy === 'demo'} onClick={() => void finish(false)}>{t('auth.setup.start')}</Button>
        {hasData === false && <Button type="primary" loading={busy === 'demo'} disabled={busy === 'empty'} onClick={() => void finish(true)}>{t('auth.setup.startDemo')}</Button>}
      </Space>
      {hasData === false && restore}
    </AuthCard>
  );
}
