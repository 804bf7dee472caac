import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewFigures } from '../../domain/review/compute';
import type { Counted, ParetoBar } from '../../domain/review/stats';
import type { TrackingParams } from '../complaints/tracking-params';
import { barOption, reviewCharts, type ChartNames } from '../../domain/review/chart-options';
import { ChartTable, type ChartRow } from './ChartTable';
import { percent } from './KeyFigures';

export interface Labels {
  category: (k: string) => string;
  grade: (k: string) => string;
  channel: (k: string) => string;
  department: (k: string) => string;
}

/** The charts' words in the page's language; the report's images use the same. */
export function chartNames(t: (k: string) => string, labels: Pick<Labels, 'category'>): ChartNames {
  return { category: labels.category, count: t('review.pareto.count'), cumulative: t('review.pareto.cumulative'), received: t('review.trend.received'), closed: t('review.trend.closed') };
}

/** Pareto charts, the five distributions and the trend, each with its table; bars open the tracking table. */
export function Distributions({ figures, labels, onOpen }: { figures: ReviewFigures; labels: Labels; onOpen: (p: TrackingParams) => void }) {
  const { t } = useTranslation();
  const countCols = [
    { title: '', dataIndex: 'label', ellipsis: true },
    { title: t('review.pareto.count'), dataIndex: 'count', align: 'right' as const, width: 70 },
  ];
  const paretoCols = [
    ...countCols,
    { title: t('review.pareto.cumulative'), dataIndex: 'cumulative', align: 'right' as const, width: 112, render: percent },
  ];
  const relabel = (list: readonly (Counted | ParetoBar)[], label: (k: string) => string): ChartRow[] => list.map((c) => ({ ...c, label: label(c.key) }));
  const charts = useMemo(() => {
    const cat = relabel(figures.paretoCategory, labels.category);
    const def = figures.paretoDefect.map((c) => ({ ...c }));
    const shared = reviewCharts(figures, chartNames(t, labels));
    const by = (rows: ChartRow[]) => barOption(rows.map((r) => r.label), rows.map((r) => r.count), t('review.pareto.count'));
    const customer = figures.byCustomer.slice(0, 15);
    const product = figures.byProduct.slice(0, 15);
    const dept = relabel(figures.byDepartment, labels.department);
    const channel = relabel(figures.byChannel, labels.channel);
    const grade = relabel(figures.byGrade, labels.grade);
    return {
      cat: { rows: cat, option: shared.paretoCategory },
      def: { rows: def, option: shared.paretoDefect },
      customer: { rows: customer, option: by(customer) },
      product: { rows: product, option: by(product) },
      dept: { rows: dept, option: by(dept) },
      channel: { rows: channel, option: by(channel) },
      grade: { rows: grade, option: by(grade) },
      trend: shared.trend,
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- labels follow the language
  }, [figures, t]);
  return (
    <>
      <ChartTable testId="review-pareto-category" title={t('review.pareto.category')} {...charts.cat} columns={paretoCols} onOpen={(r) => onOpen({ category: r.key })} />
      <ChartTable testId="review-pareto-defect" title={t('review.pareto.defect')} {...charts.def} columns={paretoCols} onOpen={(r) => onOpen({ search: r.key })} />
      <ChartTable testId="review-by-customer" title={t('review.by.customer')} {...charts.customer} columns={countCols} onOpen={(r) => onOpen({ customer: r.label })} />
      <ChartTable testId="review-by-product" title={t('review.by.product')} {...charts.product} columns={countCols} onOpen={(r) => onOpen({ product: r.label })} />
      <ChartTable testId="review-by-department" title={t('review.by.department')} {...charts.dept} columns={countCols} onOpen={(r) => r.key && onOpen({ department: r.key })} />
      <ChartTable testId="review-by-channel" title={t('review.by.channel')} {...charts.channel} columns={countCols} onOpen={(r) => onOpen({ channel: r.key })} />
      <ChartTable testId="review-by-grade" title={t('review.by.grade')} {...charts.grade} columns={countCols} onOpen={(r) => r.key && onOpen({ grade: r.key })} />
      <ChartTable
        testId="review-trend"
        title={t('review.trend.title')}
        rows={figures.trend.map((m) => ({ key: m.month, label: m.month, count: m.received, closed: m.closed, costFen: m.costFen }))}
        option={charts.trend}
        columns={[
          { title: t('review.trend.month'), dataIndex: 'label' },
          { title: t('review.trend.received'), dataIndex: 'count', align: 'right' },
          { title: t('review.trend.closed'), dataIndex: 'closed', align: 'right' },
          { title: t('review.trend.cost'), dataIndex: 'costFen', align: 'right', render: (v: number) => (v / 100).toFixed(2) },
        ]}
      />
    </>
  );
}
