/**
 * First run, on an empty database: name this station and give it its own code
 * (complaint numbers carry it; two stations that keep the default QA1 would give
 * out the same numbers and their sync would be refused), then start empty or
 * with the demo dataset. Shown once; the station can be changed in Settings.
 */
import { useState } from 'react';
import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { getDb } from '../../db/db';
import { loadDemoData } from '../../db/repositories/demo';
import { stationSchema, updateStation } from '../../db/repositories/station';
import { ValidationError } from '../../domain/common/validation-error';
import { useHasComplaints } from '../../db/hooks/use-db';
import { FormField } from '../../ui/FormField';
import { useSession } from '../../ui/session';
import { LanguageSelect } from '../../ui/LanguageSelect';

/** Kept under its first name: existing profiles (and the e2e fixtures) already carry it. */
const DISMISSED_KEY = 'complaint-desk.demoOffered';

const setupSchema = stationSchema.pick({ code: true, name: true });
type Setup = z.infer<typeof setupSchema>;

export function FirstRunDialog() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { station, actor } = useSession();
  const hasComplaints = useHasComplaints();
  const [dismissed, setDismissed] = useState(() => localStorage.getItem(DISMISSED_KEY) === '1');
  const [busy, setBusy] = useState<'empty' | 'demo' | null>(null);
  const form = useForm<Setup>({ resolver: zodResolver(setupSchema), defaultValues: { code: station.code, name: station.name } });
  const open = !dismissed && hasComplaints === false;

  const finish = (withDemo: boolean) =>
    form.handleSubmit(async (v) => {
      setBusy(withDemo ? 'demo' : 'empty');
      try {
        const saved = await updateStation(getDb(), { ...v, timeZone: station.timeZone });
        if (withDemo) {
          const n = await loadDemoData(getDb(), saved, actor);
          void message.success(t('demo.loaded', { count: n }));
        }
        localStorage.setItem(DISMISSED_KEY, '1');
        setDismissed(true);
      } catch (e) {
        if (e instanceof ValidationError) for (const i of e.issues) form.setError(i.path as keyof Setup, { message: i.code });
        else void message.error(t('common.unknownError', { message: e instanceof Error ? e.message : String(e) }));
      } finally {
        setBusy(null);
      }
    })();

  return (
    <Modal
      open={open}
      title={t('demo.title')}
      closable={false}
      maskClosable={false}
      keyboard={false}
      footer={[
        <span key="language" style={{ float: 'left' }}><LanguageSelect testId="first-run-language" /></span>,
        <Button key="empty" loading={busy === 'empty'} disabled={busy === 'demo'} onClick={() => void finish(false)}>{t('demo.skip')}</Button>,
        <Button key="demo" type="primary" loading={busy === 'demo'} disabled={busy === 'empty'} onClick={() => void finish(true)}>{t('demo.load')}</Button>,
      ]}
    >
      <Typography.Paragraph>{t('demo.stationIntro')}</Typography.Paragraph>
      <Form layout="vertical" component="div" data-testid="first-run-station">
        <FormField control={form.control} name="name" label={t('settings.stationName')} required>
          {(f) => <Input id="name" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
        </FormField>
        <FormField control={form.control} name="code" label={t('settings.stationCode')} required extra={t('demo.codeHint')}>
          {(f) => <Input id="code" style={{ width: 120 }} value={f.value} onChange={(e) => f.onChange(e.target.value.toUpperCase())} onBlur={f.onBlur} />}
        </FormField>
      </Form>
      <Typography.Paragraph>{t('demo.body')}</Typography.Paragraph>
    </Modal>
  );
}
