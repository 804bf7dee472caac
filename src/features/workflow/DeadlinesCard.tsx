import { useState } from 'react';
import { Button, Card, Checkbox, DatePicker, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { deadlineState } from '../../domain/workflow/deadlines';
import { getDb } from '../../db/db';
import { useNow } from '../../db/hooks/use-workflow';
import { computeDeadlines, recordSlip } from '../../db/repositories/workflow';
import { slipsOf, storedCurrentDue, storedDeadlines, type StoredDeadline, type WorkflowComplaint } from '../../db/repositories/workflow-store';
import { FormField } from '../../ui/FormField';
import { formatInstant } from '../../ui/format';
import { useSession } from '../../ui/session';
import { useWorkflowWrite, withCodeKeys } from './form-support';
import { STATE_COLORS } from './deadline-colors';

type Row = StoredDeadline & { key: string };

function slipFormSchema(receivedAt: string) {
  return z.object({
    due: z
      .string()
      .min(1, { error: 'deadline.invalidInstant' })
      .refine((v) => v >= receivedAt, { error: 'deadline.slipBeforeReceipt' }),
    reason: z.string().trim().min(1, { error: 'deadline.slipReasonRequired' }).max(2000),
    customerInformed: z.boolean(),
  });
}
type SlipForm = z.infer<ReturnType<typeof slipFormSchema>>;

/** The deadline chain with states and slips; the original and every new date stay visible. */
export function DeadlinesCard({ complaint }: { complaint: WorkflowComplaint }) {
  const { t } = useTranslation();
  const { station, actor } = useSession();
  const write = useWorkflowWrite();
  const now = useNow();
  const [slipping, setSlipping] = useState<Row | null>(null);
  const zone = complaint.deadlineZone ?? station.timeZone;
  const rows = storedDeadlines(complaint);
  const form = useForm<SlipForm>({ resolver: withCodeKeys(zodResolver(slipFormSchema(new Date(complaint.receivedAt).toISOString()))) });

  const openSlip = (r: Row) => {
    form.reset({ due: '', reason: '', customerInformed: false });
    setSlipping(r);
  };
  const save = form.handleSubmit(async (v) => {
    if (!slipping) return;
    const ok = await write(
      () => recordSlip(getDb(), station, actor, complaint.id, { key: slipping.key, ...v }),
      t('workflow.deadlines.slipped'),
      (e) => {
        for (const i of e.issues) if (i.path === 'due' || i.path === 'reason') form.setError(i.path, { message: `workflow.codes.${i.code}` });
      },
    );
    if (ok) setSlipping(null);
  });

  const stateTag = (r: Row) => {
    if (r.endedAt !== undefined) return <Tag>{t(`workflow.endReasons.${r.endReason ?? 'stopped'}`)}</Tag>;
    const state = deadlineState(storedCurrentDue(r), now, zone, r.completedAt);
    return <Tag color={STATE_COLORS[state]} data-state={state}>{t(`workflow.states.${state}`)}</Tag>;
  };
  const kindLabel = (r: Row) => `${t(`workflow.kinds.${r.kind}`)}${r.cycle > 1 ? ` · ${t('workflow.deadlines.cycle', { cycle: r.cycle })}` : ''}`;
  const fmt = (iso: string) => formatInstant(iso, zone);

  return (
    <Card size="small" title={t('workflow.deadlines.title')} style={{ marginBottom: 12 }} data-testid="deadlines-card">
      {rows.length === 0 ? (
        <Space>
          <Typography.Text type="secondary">{t('workflow.deadlines.none')}</Typography.Text>
          <Button onClick={() => void write(() => computeDeadlines(getDb(), station, actor, complaint.id), t('workflow.deadlines.computed'))}>{t('workflow.deadlines.compute')}</Button>
        </Space>
      ) : (
        <Table<Row>
          size="small"
          pagination={false}
          rowKey="key"
          dataSource={rows}
          onRow={(r) => ({ 'data-kind': r.key }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('workflow.deadlines.kind'), key: 'kind', render: (_, r) => kindLabel(r) },
            { title: t('workflow.deadlines.original'), key: 'original', render: (_, r) => fmt(r.originalDue) },
            {
              title: t('workflow.deadlines.due'),
              key: 'due',
              render: (_, r) => (
                <div>
                  <div>{fmt(storedCurrentDue(r))}</div>
                  {slipsOf(r).map((s) => (
                    <Typography.Text key={s.id} type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {t('workflow.deadlines.slipLine', {
                        at: fmt(s.at), due: fmt(s.due), reason: s.reason,
                        informed: t(s.customerInformed ? 'workflow.deadlines.informed' : 'workflow.deadlines.notInformed'),
                      })}
                    </Typography.Text>
                  ))}
                </div>
              ),
            },
            { title: t('workflow.deadlines.state'), key: 'state', render: (_, r) => stateTag(r) },
            {
              title: t('common.actions'),
              key: 'actions',
              render: (_, r) =>
                r.endedAt === undefined && r.completedAt === undefined ? <Button size="small" onClick={() => openSlip(r)}>{t('workflow.deadlines.slip')}</Button> : null,
            },
          ]}
        />
      )}
      <Modal
        open={slipping !== null}
        title={slipping ? t('workflow.deadlines.slipTitle', { kind: kindLabel(slipping) }) : ''}
        onOk={() => void save()}
        onCancel={() => setSlipping(null)}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        destroyOnHidden
      >
        <Form layout="vertical" component="div">
          <FormField control={form.control} name="due" label={t('workflow.deadlines.newDue')} required>
            {(f) => (
              <DatePicker id="due" showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }}
                value={f.value ? dayjs(f.value as string) : null} onChange={(d) => f.onChange(d ? d.second(0).millisecond(0).toISOString() : '')} />
            )}
          </FormField>
          <FormField control={form.control} name="reason" label={t('workflow.deadlines.reason')} required>
            {(f) => <Input.TextArea id="reason" rows={2} value={f.value as string} onChange={f.onChange} onBlur={f.onBlur} />}
          </FormField>
          <FormField control={form.control} name="customerInformed" label={t('workflow.deadlines.customerInformed')}>
            {(f) => <Checkbox id="customerInformed" checked={f.value as boolean} onChange={(e) => f.onChange(e.target.checked)}>{t('workflow.deadlines.customerInformed')}</Checkbox>}
          </FormField>
        </Form>
      </Modal>
    </Card>
  );
}
