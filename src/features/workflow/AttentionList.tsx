/** The "needs my attention" list with its acknowledge buttons (AttentionCard decides when it shows). */
import { Button, Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getDb } from '../../db/db';
import { acknowledgeEscalation, type AttentionItem } from '../../db/repositories/escalations';
import { formatInstant } from '../../ui/format';
import { useSession } from '../../ui/session';
import { useWorkflowWrite } from './form-support';

export function AttentionList({ items }: { items: AttentionItem[] }) {
  const { t } = useTranslation();
  const { station, actor } = useSession();
  const write = useWorkflowWrite();
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
