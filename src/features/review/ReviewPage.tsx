import { useMemo, useState } from 'react';
import { Alert, Button, Card, Col, Input, Row, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useDepartments } from '../../db/hooks/use-db';
import { todayAt, useNow } from '../../db/hooks/use-workflow';
import { periodBounds } from '../../domain/review/period';
import type { ReviewFilter } from '../../domain/review/row';
import { CATEGORIES, GRADES } from '../../domain/workflow/assessment';
import { useSession } from '../../ui/session';
import type { TrackingParams } from '../complaints/tracking-params';
import { CaseTables } from './CaseTables';
import { Distributions, type Labels } from './Distributions';
import { KeyFigures } from './KeyFigures';
import { PeriodPicker } from './PeriodPicker';
import { periodFromParams, periodToParams } from './period-params';
import { ReportButton } from './ReportButton';
import { trackingLink } from './tracking-link';
import { useReview } from './use-review';

/** 统计分析 / 月度评审: the period's figures, charts with their tables, the review meeting's actions and the Word report. */
export function ReviewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { station } = useSession();
  const departments = useDepartments();
  const now = useNow(10 * 60_000);
  const [params, setParams] = useSearchParams();
  const period = periodFromParams(params, todayAt(now, station.timeZone));
  const bounds = periodBounds(period, station.timeZone);
  const [filter, setFilter] = useState<ReviewFilter>({});
  const [actions, setActions] = useState('');
  const [participants, setParticipants] = useState('');
  const data = useReview(bounds.ok ? bounds.value : undefined, filter, station.timeZone, now);

  const deptName = useMemo(() => new Map(departments.map((d) => [d.id, d.name])), [departments]);
  const labels: Labels = useMemo(() => ({
    category: (k) => (k ? t(`workflow.categories.${k}`, { defaultValue: k }) : t('review.unassigned')),
    grade: (k) => (k ? t(`workflow.grades.${k}`, { defaultValue: k }) : t('review.unassigned')),
    channel: (k) => t(`complaint.channels.${k}`, { defaultValue: k }),
    department: (k) => (k ? deptName.get(k) ?? k : t('review.unassigned')),
  }), [t, deptName]);
  const options = useMemo(() => {
    const customers = new Map<string, string>();
    const products = new Map<string, string>();
    for (const r of data?.rows ?? []) {
      customers.set(r.customerKey, r.customer);
      products.set(r.productKey, r.product);
    }
    const list = (m: Map<string, string>) => [...m].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
    return { customers: list(customers), products: list(products) };
  }, [data?.rows]);

  /** Opens the tracking table on the period, the page's filters and a bar's value. */
  const open = (extra: TrackingParams) => {
    if (!bounds.ok) return;
    const customer = options.customers.find((c) => c.value === filter.customerKey)?.label;
    const product = options.products.find((c) => c.value === filter.productKey)?.label;
    navigate(trackingLink(bounds.value, { category: filter.category, department: filter.department, grade: filter.grade, customer, product, ...extra }));
  };
  const patch = (p: Partial<ReviewFilter>) => setFilter((f) => Object.fromEntries(Object.entries({ ...f, ...p }).filter(([, v]) => v)) as ReviewFilter);

  return (
    <div className="page" data-testid="review-page">
      <Typography.Title level={4}>{t('review.title')}</Typography.Title>
      <Space wrap style={{ marginBottom: 12 }} className="no-print">
        <PeriodPicker value={period} onChange={(p) => setParams(periodToParams(p))} />
        <Select allowClear showSearch optionFilterProp="label" aria-label={t('review.filter.customer')} placeholder={t('review.filter.customer')} style={{ width: 160 }} value={filter.customerKey} onChange={(v?: string) => patch({ customerKey: v })} options={options.customers} />
        <Select allowClear showSearch optionFilterProp="label" aria-label={t('review.filter.product')} placeholder={t('review.filter.product')} style={{ width: 160 }} value={filter.productKey} onChange={(v?: string) => patch({ productKey: v })} options={options.products} />
        <Select allowClear aria-label={t('review.filter.department')} placeholder={t('review.filter.department')} style={{ width: 130 }} value={filter.department} onChange={(v?: string) => patch({ department: v })} options={departments.map((d) => ({ value: d.id, label: d.name }))} />
        <Select allowClear aria-label={t('review.filter.category')} placeholder={t('review.filter.category')} style={{ width: 150 }} value={filter.category} onChange={(v?: string) => patch({ category: v })} options={CATEGORIES.map((c) => ({ value: c, label: labels.category(c) }))} />
        <Select allowClear aria-label={t('review.filter.grade')} placeholder={t('review.filter.grade')} style={{ width: 110 }} value={filter.grade} onChange={(v?: string) => patch({ grade: v })} options={GRADES.map((g) => ({ value: g, label: labels.grade(g) }))} />
        <Button onClick={() => setFilter({})}>{t('review.filter.reset')}</Button>
      </Space>
      {!bounds.ok && <Alert type="error" showIcon data-testid="review-period-error" title={t(bounds.code)} style={{ marginBottom: 12 }} />}
      {bounds.ok && !data && <Typography.Paragraph>{t('common.loading')}</Typography.Paragraph>}
      {bounds.ok && data && (
        <>
          <Typography.Paragraph type="secondary" className="no-print">{t('review.clickHint')}</Typography.Paragraph>
          <KeyFigures figures={data.figures} onOpen={open} />
          {data.figures.counts.received === 0 && <Alert type="info" showIcon title={t('review.empty')} style={{ marginBottom: 12 }} />}
          <Distributions figures={data.figures} labels={labels} onOpen={open} />
          <CaseTables figures={data.figures} surveyItems={data.surveyItems} zone={station.timeZone} departmentName={(id) => deptName.get(id) ?? id} />
          <Row gutter={12}>
            <Col xs={24} lg={14}>
              <Card size="small" title={t('review.actions.title')} style={{ marginBottom: 12 }}>
                <Input.TextArea aria-label={t('review.actions.title')} rows={5} maxLength={4000} value={actions} onChange={(e) => setActions(e.target.value)} placeholder={t('review.actions.placeholder')} />
              </Card>
            </Col>
            <Col xs={24} lg={10}>
              <Card size="small" title={t('review.participants.title')} style={{ marginBottom: 12 }}>
                <Input.TextArea aria-label={t('review.participants.title')} rows={5} maxLength={2000} value={participants} onChange={(e) => setParticipants(e.target.value)} placeholder={t('review.participants.placeholder')} />
              </Card>
            </Col>
          </Row>
          <ReportButton bounds={bounds.value} figures={data.figures} labels={labels} actions={actions} participants={participants} surveyItems={data.surveyItems} />
        </>
      )}
    </div>
  );
}
