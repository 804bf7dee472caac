import { App, Button, Card, Form, Input, List, Rate, Select, Typography } from 'antd';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { FOLLOW_UP_METHODS, followUpOutcome } from '../../domain/workflow/follow-up';
import { getDb } from '../../db/db';
import { followUpInputSchema, recordFollowUp, type FollowUpInput } from '../../db/repositories/workflow';
import { followUpsOf, type WorkflowComplaint } from '../../db/repositories/workflow-store';
import { FormField } from '../../ui/FormField';
import { formatInstant } from '../../ui/format';
import { useSession } from '../../ui/session';
import { useWorkflowWrite, withCodeKeys } from './form-support';

/** The follow-up visit (回访): an unsatisfied customer reopens the case. */
export function FollowUpCard({ complaint }: { complaint: WorkflowComplaint }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { station, actor } = useSession();
  const write = useWorkflowWrite();
  const done = followUpsOf(complaint);
  const canRecord = complaint.status === 'replied' || complaint.status === 'followUp';
  const form = useForm<FollowUpInput>({
    resolver: withCodeKeys(zodResolver(followUpInputSchema)),
    defaultValues: { method: 'phone', satisfaction: 0, comment: '' },
  });
  if (!canRecord && done.length === 0) return null;

  const save = form.handleSubmit(async (v) => {
    const ok = await write(() => recordFollowUp(getDb(), station, actor, complaint.id, v), t('workflow.followUp.saved'));
    if (!ok) return;
    if (followUpOutcome(v.satisfaction) === 'unsatisfied') void message.warning(t('workflow.followUp.reopened'));
    form.reset({ method: 'phone', satisfaction: 0, comment: '' });
  });

  return (
    <Card size="small" title={t('workflow.followUp.title')} style={{ marginBottom: 12 }} data-testid="follow-up-card">
      {done.length > 0 && (
        <List
          size="small"
          header={t('workflow.followUp.list')}
          dataSource={done}
          renderItem={(f) => (
            <List.Item key={f.id}>
              <div>
                {t('workflow.followUp.line', { at: formatInstant(f.at, station.timeZone), method: t(`workflow.methods.${f.method}`), satisfaction: f.satisfaction, by: f.by })}
                {f.comment && <Typography.Text type="secondary"> — {f.comment}</Typography.Text>}
              </div>
            </List.Item>
          )}
        />
      )}
      {canRecord && (
        <Form layout="inline" component="form" onFinish={() => void save()} style={{ marginTop: 8, rowGap: 8 }}>
          <FormField control={form.control} name="method" label={t('workflow.followUp.method')} required>
            {(f) => <Select id="method" style={{ width: 120 }} value={f.value} onChange={f.onChange} options={FOLLOW_UP_METHODS.map((m) => ({ value: m, label: t(`workflow.methods.${m}`) }))} />}
          </FormField>
          <FormField control={form.control} name="satisfaction" label={t('workflow.followUp.satisfaction')} required>
            {(f) => <Rate id="satisfaction" value={f.value as number} onChange={f.onChange} />}
          </FormField>
          <FormField control={form.control} name="comment" label={t('workflow.followUp.comment')}>
            {(f) => <Input id="comment" style={{ width: 260 }} value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
          </FormField>
          <Button type="primary" htmlType="submit">{t('workflow.followUp.record')}</Button>
        </Form>
      )}
    </Card>
  );
}
