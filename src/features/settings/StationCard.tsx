import { App, Button, Card, Form, Input } from 'antd';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { getDb } from '../../db/db';
import { stationSchema, updateStation } from '../../db/repositories/station';
import { FormField } from '../../ui/FormField';
import { ValidationError } from '../../domain/common/validation-error';
import { useSession } from '../../ui/session';

const stationFormSchema = stationSchema.pick({ code: true, name: true, timeZone: true });
type StationForm = z.infer<typeof stationFormSchema>;

export function StationCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { station } = useSession();
  const form = useForm<StationForm>({ resolver: zodResolver(stationFormSchema), defaultValues: { code: station.code, name: station.name, timeZone: station.timeZone } });
  const save = form.handleSubmit(async (v) => {
    try {
      await updateStation(getDb(), v);
      void message.success(t('common.saved'));
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      for (const i of e.issues) form.setError(i.path as keyof StationForm, { message: i.code });
    }
  });
  return (
    <Card size="small" title={t('settings.station')} style={{ marginBottom: 12 }}>
      <Form layout="inline" component="form" onFinish={() => void save()}>
        <FormField control={form.control} name="name" label={t('settings.stationName')} required>
          {(f) => <Input id="name" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
        </FormField>
        <FormField control={form.control} name="code" label={t('settings.stationCode')} required extra={t('settings.stationCodeHint')}>
          {(f) => <Input id="code" style={{ width: 100 }} value={f.value} onChange={(e) => f.onChange(e.target.value.toUpperCase())} onBlur={f.onBlur} />}
        </FormField>
        <FormField control={form.control} name="timeZone" label={t('settings.timeZone')} required>
          {(f) => <Input id="timeZone" style={{ width: 160 }} value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
        </FormField>
        <Button type="primary" htmlType="submit">{t('common.save')}</Button>
      </Form>
    </Card>
  );
}
