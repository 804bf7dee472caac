import { Button, Card, List, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Complaint } from '../../domain/complaint/record';
import { formatYuan } from '../../domain/money';
import { useReturnsForComplaint } from '../../db/hooks/use-returns';

/** The returns and claims linked to a complaint, with their state. */
export function LinkedReturns({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const rows = useReturnsForComplaint(complaint.id);
  return (
    <Card
      size="small"
      title={t('returns.linked.title')}
      style={{ marginBottom: 12 }}
      data-testid="linked-returns"
      extra={<Button className="no-print" size="small" onClick={() => navigate(`/returns/new?complaint=${complaint.id}`)}>{t('returns.linked.new')}</Button>}
    >
      <List
        size="small"
        loading={!rows}
        dataSource={rows ?? []}
        locale={{ emptyText: t('returns.linked.none') }}
        renderItem={(r) => (
          <List.Item>
            <Link to={`/returns/${r.id}`}>{r.number}</Link> <Tag>{t(`returns.statuses.${r.status}`)}</Tag> ¥{formatYuan(r.totalFen)}
          </List.Item>
        )}
      />
    </Card>
  );
}
