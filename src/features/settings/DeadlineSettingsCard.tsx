import { Button, Card, Form, InputNumber, Table, Typography } from 'antd';
import { Controller, useForm, type Control } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { GRADES, type Grade } from '../../domain/workflow/assessment';
import {
  deadlineSettingsFormSchema,
  DEFAULT_DEADLINE_SETTINGS,
  settingsFromForm,
  type DeadlineSettings,
  type DeadlineSettingsForm,
} from '../../domain/workflow/deadline-settings';
import { getDb } from '../../db/db';
import { usePlantConfig } from '../../db/hooks/use-db';
import { savePlantConfig } from '../../db/repositories/config';
import { FormField } from '../../ui/FormField';
import { useSession } from '../../ui/session';
import { useWorkflowWrite, withCodeKeys } from '../workflow/form-support';

type Field = 'ackWorkdays' | 'containmentHours' | 'replyWorkdays' | 'closeWorkdays';
const FIELDS: Field[] = ['ackWorkdays', 'containmentHours', 'replyWorkdays', 'closeWorkdays'];

/** Deadline lengths (plant config, synced), at the top level and per grade; new chains use them, existing ones keep theirs until regraded. */
export function DeadlineSettingsCard() {
  const config = usePlantConfig();
  if (!config) return null;
  return <DeadlineSettingsEditor key={JSON.stringify(config.deadlines)} initial={config.deadlines} />;
}

function DeadlineSettingsEditor({ initial }: { initial: DeadlineSettings }) {
  const { t } = useTranslation();
  const { station, actor } = useSession();
  const write = useWorkflowWrite();
  const form = useForm<DeadlineSettingsForm>({
    resolver: withCodeKeys(zodResolver(deadlineSettingsFormSchema)),
    defaultValues: { ...DEFAULT_DEADLINE_SETTINGS, ...initial, byGrade: initial.byGrade ?? {} },
  });
  const save = form.handleSubmit(async (v) => {
    const value = settingsFromForm(deadlineSettingsFormSchema.parse(v));
    await write(() => savePlantConfig(getDb(), station, actor, 'deadlines', value), t('workflow.settings.deadlinesSaved'));
  });
  return (
    <Card size="small" title={t('workflow.settings.deadlinesTitle')} style={{ marginBottom: 12 }} data-testid="deadline-settings">
      <Form layout="inline" component="form" onFinish={() => void save()} style={{ rowGap: 8 }}>
        {FIELDS.map((name) => (
          <FormField key={name} control={form.control} name={name} label={t(`workflow.settings.${name}`)} required={name !== 'closeWorkdays'}>
            {(f) => (
              <InputNumber id={name} precision={0} style={{ width: 90 }} value={(f.value as number | undefined) ?? null}
                onChange={(v) => f.onChange(v === null ? undefined : v)} onBlur={f.onBlur} />
            )}
          </FormField>
        ))}
        <GradeTable control={form.control} />
        <Button type="primary" htmlType="submit">{t('common.save')}</Button>
      </Form>
    </Card>
  );
}

/** Grade × milestone: an empty cell counts as the lengths above. */
function GradeTable({ control }: { control: Control<DeadlineSettingsForm> }) {
  const { t } = useTranslation();
  const cell = (grade: Grade, field: Field) => (
    <Controller control={control} name={`byGrade.${grade}.${field}`} render={({ field: f, fieldState }) => (
      <>
        <InputNumber aria-label={`${t(`workflow.grades.${grade}`)} ${t(`workflow.settings.grade.${field}`)}`} precision={0} style={{ width: 80 }}
          status={fieldState.error ? 'error' : undefined} value={f.value ?? null} onChange={(v) => f.onChange(v === null ? undefined : v)} onBlur={f.onBlur} />
        {fieldState.error?.message && <div className="ant-form-item-explain-error">{t(fieldState.error.message)}</div>}
      </>
    )} />
  );
  return (
    <div style={{ width: '100%' }} data-testid="deadline-grades">
      <Typography.Text type="secondary">{t('workflow.settings.grade.hint')}</Typography.Text>
      <Table<{ grade: Grade }> size="small" pagination={false} rowKey="grade" dataSource={GRADES.map((grade) => ({ grade }))}
        columns={[
          { title: t('workflow.assessment.grade'), dataIndex: 'grade', render: (g: Grade) => t(`workflow.grades.${g}`) },
          ...FIELDS.map((field) => ({ title: t(`workflow.settings.grade.${field}`), key: field, render: (_: unknown, r: { grade: Grade }) => cell(r.grade, field) })),
        ]} />
    </div>
  );
}
