import { useMemo } from 'react';
import { Card, Col, Row, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReviewFigures } from '../../domain/review/compute';
import { formatInstant } from '../../ui/format';
import { barOption } from '../../domain/review/chart-options';
import { EChart } from './EChart';

const yuan = (fen: number) => (fen / 100).toFixed(2);
const caseLink = (id: string, number: string) => <Link to={`/complaints/${id}`}>{number}</Link>;

/** Repeats, cost of quality, satisfaction, accountability and overdue cases: tables (and two small charts). */
export function CaseTables({ figures, surveyItems, zone, departmentName }: { figures: ReviewFigures; surveyItems: readonly string[]; zone: string; departmentName: (id: string) => string }) {
  const { t } = useTranslation();
  const itemLabel = (item: string) => t(`review.satisfaction.items.${item}`, { defaultValue: item });
  const s = figures.satisfaction;
  const distribution = useMemo(
    () => barOption([1, 2, 3, 4, 5].map((n) => t('review.satisfaction.score', { score: n })), s.distribution, t('review.pareto.count')),
    [s.distribution, t],
  );
  const costRows = (['returnedFen', 'claimsPaidFen', 'replacementFen', 'freightFen', 'scrapFen', 'reworkFen'] as const).map((k) => ({ key: k, fen: figures.cost.totals[k] }));
  return (
    <>
      <Card size="small" title={t('review.overdue.title')} style={{ marginBottom: 12 }}>
        <Table size="small" pagination={false} rowKey="id" data-testid="review-overdue" dataSource={figures.overdueCases} locale={{ emptyText: t('review.overdue.none') }} columns={[
          { title: t('review.overdue.number'), dataIndex: 'number', render: (n: string, r) => caseLink(r.id, n) },
          { title: t('review.overdue.customer'), dataIndex: 'customer' },
          { title: t('review.overdue.kind'), dataIndex: 'kind', render: (k: string) => t(`review.kinds.${k}`) },
          { title: t('review.overdue.due'), dataIndex: 'due', render: (d: string) => formatInstant(d, zone) },
        ]} />
      </Card>
      <Card size="small" title={t('review.repeats.title')} style={{ marginBottom: 12 }}>
        <Table size="small" pagination={false} rowKey="id" dataSource={figures.repeats} locale={{ emptyText: t('review.repeats.none') }} columns={[
          { title: t('review.repeats.number'), dataIndex: 'number', render: (n: string, r) => caseLink(r.id, n) },
          { title: t('review.repeats.customer'), dataIndex: 'customer' },
          { title: t('review.repeats.product'), dataIndex: 'product' },
          { title: t('review.repeats.defect'), dataIndex: 'defect' },
          { title: t('review.repeats.previous'), dataIndex: 'previousNumber' },
        ]} />
      </Card>
      <Row gutter={12}>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('review.cost.title')} style={{ marginBottom: 12 }}>
            <Table size="small" pagination={false} rowKey="key" data-testid="review-cost" dataSource={costRows}
              summary={() => <Table.Summary.Row><Table.Summary.Cell index={0}>{t('review.cost.total')}</Table.Summary.Cell><Table.Summary.Cell index={1} align="right">{yuan(figures.cost.totalFen)}</Table.Summary.Cell></Table.Summary.Row>}
              columns={[
                { title: t('review.cost.kind'), dataIndex: 'key', render: (k: string) => t(`review.cost.kinds.${k}`) },
                { title: t('review.cost.amount'), dataIndex: 'fen', align: 'right', render: yuan },
              ]} />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title={`${t('review.cost.title')} · ${t('review.cost.byCustomer')}`} style={{ marginBottom: 12 }}>
            <Table size="small" pagination={false} rowKey="key" dataSource={figures.cost.byCustomer} scroll={{ y: 240 }} columns={[
              { title: t('review.cost.customer'), dataIndex: 'label' },
              { title: t('review.cost.amount'), dataIndex: 'totalFen', align: 'right', render: yuan },
            ]} />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={`${t('review.satisfaction.title')} · ${t('review.satisfaction.answered', { count: s.answered })}`} style={{ marginBottom: 12 }}>
        <Row gutter={12}>
          <Col xs={24} lg={10}>
            <Table size="small" pagination={false} rowKey="item" data-testid="review-satisfaction" dataSource={s.items.filter((i) => surveyItems.includes(i.item))} columns={[
              { title: t('review.satisfaction.item'), dataIndex: 'item', render: itemLabel },
              { title: t('review.satisfaction.answers'), dataIndex: 'answered', align: 'right' },
              { title: t('review.satisfaction.mean'), dataIndex: 'mean', align: 'right', render: (m?: number) => m ?? '—' },
            ]} />
          </Col>
          <Col xs={24} lg={14}>
            <Typography.Text type="secondary">{t('review.satisfaction.distribution')}</Typography.Text>
            {s.answered > 0 && <EChart option={distribution} height={200} />}
          </Col>
        </Row>
        <Typography.Title level={5}>{t('review.satisfaction.unsatisfied')}</Typography.Title>
        <Table size="small" pagination={false} rowKey="id" dataSource={s.unsatisfied} locale={{ emptyText: t('review.satisfaction.none') }} columns={[
          { title: t('review.overdue.number'), dataIndex: 'number', render: (n: string, r) => caseLink(r.id, n) },
          { title: t('review.overdue.customer'), dataIndex: 'customer' },
          { title: t('review.satisfaction.overall'), dataIndex: 'overall', align: 'right' },
          { title: '', dataIndex: 'reopened', render: (r: boolean) => <Tag>{t(r ? 'review.satisfaction.reopened' : 'review.satisfaction.notReopened')}</Tag> },
        ]} />
      </Card>
      <Card size="small" title={t('review.accountability.title')} style={{ marginBottom: 12 }}>
        <Row gutter={12}>
          <Col xs={24} lg={12}>
            <Table size="small" pagination={false} rowKey="key" dataSource={figures.accountability.byDepartment} locale={{ emptyText: t('review.accountability.none') }} columns={[
              { title: t('review.accountability.department'), dataIndex: 'key', render: departmentName },
              { title: t('review.accountability.cases'), dataIndex: 'cases', align: 'right' },
              { title: t('review.accountability.points'), dataIndex: 'points', align: 'right' },
              { title: t('review.accountability.amount'), dataIndex: 'amountFen', align: 'right', render: yuan },
            ]} />
          </Col>
          <Col xs={24} lg={12}>
            <Table size="small" pagination={false} rowKey={(r) => `${r.department}:${r.key}`} dataSource={figures.accountability.byPerson} locale={{ emptyText: t('review.accountability.none') }} columns={[
              { title: t('review.accountability.person'), dataIndex: 'key' },
              { title: t('review.accountability.department'), dataIndex: 'department', render: departmentName },
              { title: t('review.accountability.cases'), dataIndex: 'cases', align: 'right' },
              { title: t('review.accountability.points'), dataIndex: 'points', align: 'right' },
              { title: t('review.accountability.amount'), dataIndex: 'amountFen', align: 'right', render: yuan },
            ]} />
          </Col>
        </Row>
      </Card>
    </>
  );
}
