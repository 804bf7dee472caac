import { Button, Card, Form, InputNumber } from 'antd';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { deadlineSettingsSchema, DEFAULT_DEADLINE_SETTINGS } from '../../domain/workflow/deadline-settings';
import { getDb } from '../../db/db';
import { usePlantConfig } from '../../db/hooks/use-db';
import { savePlantConfig } from '../../db/repositories/config';
import { FormField } from '../../ui/FormField';
import { useSession } from '../../ui/session';
import { useWorkflowWrite, withCodeKeys } from '../workflow/form-support';

type DeadlineForm = z.input<typeof deadlineSettingsSchema>;
type Field = 'ackWorkdays' | 'containmentHours' | 'replyWorkdays' | 'closeWorkdays';
const FIELDS: Field[] = ['ackWorkdays', 'containmentHours', 'replyWorkdays', 'closeWorkdays'];

/** Deadline lengths (plant config, synced); new chains use them, existing ones keep theirs. */
export function DeadlineSettingsCard() {
  const config = usePlantConfig();
  if (!config) return null;
  return <DeadlineSettingsForm key={JSON.stringify(config.deadlines)} initial={config.deadlines} />;
}

function DeadlineSettingsForm({ initial }: { initial: DeadlineForm }) {
  const { t } = useTranslation();
  const { station, actor } = useSession();
  const write = useWorkflowWrite();
  const form = useForm<DeadlineForm>({ resolver: withCodeKeys(zodResolver(deadlineSettingsSchema)), defaultValues: { ...DEFAULT_DEADLINE_SETTINGS, ...initial } });
  const save = form.handleSubmit(async (v) => {
    const value = deadlineSettingsSchema.parse(v);
    await write(() => savePlantConfig(getDb(), station, actor, 'deadlines', value), t('workflow.settings.deadlinesSaved'));
  });
  return (
    <Card size="small" title={t('workflow.settings.deadlinesTitle')} style={{ marginBottom: 12 }} data-testid="deadline-settings">
      <Form layout="inline" component="form" onFinish={() => void save()} style={{ rowGap: 8 }}>
        {FIELDS.map((name) => (
          <FormField key={name} control={form.control} name={name} label={t(`workflow.settings.${name}`)} required={name !== 'closeWorkdays'}>
            {(f) => (
              <InputNumber id={name} precision={0} style={{ width: 90 }} value={f.value ?? null}
                onChange={(v) => f.onChange(v === null ? undefined : v)} onBlur={f.onBlur} />
            )}
          </FormField>
        ))}
        <Button type="primary" htmlType="submit">{t('common.save')}</Button>
      </Form>
    </Card>
  );
}
