/**
 * "Needs my attention" (待我处理): the cases escalated to the logged-in person
 * and not yet acknowledged. Mounting it records the escalations that have
 * fallen due since anyone last looked (no server watches the clock).
 */
import { useEffect } from 'react';
import { Button, Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getDb } from '../../db/db';
import { useAttention } from '../../db/hooks/use-workflow';
import { useFirstScreenDone } from '../../db/hooks/first-screen';
import { acknowledgeEscalation, recordDueEscalations, type AttentionItem } from '../../db/repositories/escalations';
import { formatInstant } from '../../ui/format';
import { useSession } from '../../ui/session';
import { useWorkflowWrite } from './form-support';

export function AttentionCard() {
  const { t } = useTranslation();
  const { station, actor, person, can } = useSession();
  // Both the list and the search for escalations due read every open case: after the first rows are on screen.
  const ready = useFirstScreenDone();
  const items = useAttention(person.id, ready);
  const write = useWorkflowWrite();
  const mayRecord = can('complaint.edit');
  useEffect(() => {
    // Best effort: a refusal here leaves the list as other stations recorded it.
    if (mayRecord && ready) void recordDueEscalations(getDb(), station, actor).catch(() => undefined);
  }, [station, actor, mayRecord, ready]);
  if (!items || items.length === 0) return null;
  const acknowledge = (i: AttentionItem) =>
    write(() => acknowledgeEscalation(getDb(), station, actor, i.complaintId, i.escalation.level), t('workflow.escalation.acknowledged', { number: i.number }));
  return (
    <Card size="small" title={t('workflow.escalation.title', { count: items.length })} style={{ marginBottom: 12 }} data-testid="attention">
      <Table<AttentionItem>
        size="small"
        pagination={false}
        rowKey={(i) => `${i.complaintId}-${i.escalation.level}`}
        dataSource={items}
        columns={[
          { title: t('workflow.escalation.number'), render: (_, i) => <Link to={`/complaints/${i.complaintId}`}>{i.number}</Link> },
          { title: t('workflow.escalation.customer'), dataIndex: 'customer' },
          { title: t('workflow.escalation.level'), render: (_, i) => <Tag color={i.escalation.level === 'general' ? 'red' : 'orange'}>{t(`workflow.escalation.levels.${i.escalation.level}`)}</Tag> },
          {
            title: t('workflow.escalation.reason'),
            render: (_, i) => i.escalation.reason === 'overdue'
              ? t('workflow.escalation.reasons.overdueBy', { count: i.escalation.overdueWorkdays ?? 0 })
              : t('workflow.escalation.reasons.grade'),
          },
          { title: t('workflow.escalation.at'), render: (_, i) => formatInstant(i.escalation.at, station.timeZone) },
          { title: '', render: (_, i) => <Button size="small" onClick={() => void acknowledge(i)}>{t('workflow.escalation.acknowledge')}</Button> },
        ]}
      />
    </Card>
  );
}
