import { Card, Col, Descriptions, Row, Statistic, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReviewFigures } from '../../domain/review/compute';
import type { TrackingParams } from '../complaints/tracking-params';

const COUNT_KEYS = ['received', 'closed', 'rejected', 'open', 'overdue', 'closedInPeriod', 'reopened'] as const;
/** Counts the tracking table can show as they are: the period plus, for some, a status. */
const COUNT_LINKS: Partial<Record<(typeof COUNT_KEYS)[number], TrackingParams>> = { received: {}, closed: { status: 'closed' }, rejected: { status: 'rejected' } };

export const percent = (r: number | undefined) => (r === undefined ? '—' : `${(r * 100).toFixed(1)}%`);

/** The key figures: counts (those the tracking table can filter open it), on-time rates, days to close. */
export function KeyFigures({ figures, onOpen }: { figures: ReviewFigures; onOpen: (p: TrackingParams) => void }) {
  const { t } = useTranslation();
  const d = figures.daysToClose;
  return (
    <>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        {COUNT_KEYS.map((k) => {
          const link = COUNT_LINKS[k];
          return (
            <Col key={k} xs={12} sm={8} md={6} lg={3}>
              <Card size="small" hoverable={!!link} onClick={link && (() => onOpen(link))} data-testid={`review-count-${k}`}>
                <Statistic title={t(`review.counts.${k}`)} value={figures.counts[k]} />
              </Card>
            </Col>
          );
        })}
      </Row>
      <Row gutter={12}>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('review.onTime.title')} style={{ marginBottom: 12 }}>
            <Table
              size="small"
              pagination={false}
              rowKey="kind"
              data-testid="review-on-time"
              dataSource={figures.onTime}
              columns={[
                { title: t('review.onTime.kind'), dataIndex: 'kind', render: (k: string) => t(`review.kinds.${k}`) },
                { title: t('review.onTime.completed'), dataIndex: 'completed', align: 'right' },
                { title: t('review.onTime.onTime'), dataIndex: 'onTime', align: 'right' },
                { title: t('review.onTime.lateOpen'), dataIndex: 'lateOpen', align: 'right' },
                { title: t('review.onTime.rate'), dataIndex: 'rate', align: 'right', render: percent },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('review.days.title')} style={{ marginBottom: 12 }}>
            <Descriptions size="small" column={1} bordered>
              {(['closed', 'meanDays', 'medianDays', 'meanWorkdays', 'medianWorkdays'] as const).map((k) => (
                <Descriptions.Item key={k} label={t(`review.days.${k}`)}>{d[k] ?? '—'}</Descriptions.Item>
              ))}
            </Descriptions>
          </Card>
        </Col>
      </Row>
    </>
  );
}
