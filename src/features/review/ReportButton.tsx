import { useState } from 'react';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../domain/calendar/zone';
import type { ReviewFigures } from '../../domain/review/compute';
import type { PeriodBounds } from '../../domain/review/period';
import { getPlatform } from '../../platform';
import { useCompanyWarning, useDocLang } from '../../ui/use-document-settings';
import { useSession } from '../../ui/session';
import { reviewCharts } from '../../domain/review/chart-options';
import { reportChartSvgs } from '../../domain/review/chart-svg';
import { chartNames, type Labels } from './Distributions';
import { documentCompany, DOCX_MIME } from './company-doc';
import { loadECharts } from './echarts-loader';
import { svgToPng } from './svg-png';
import type { ReviewReportInput } from '../../documents/review-report';

/** The page's Pareto and trend charts as SVG (ECharts server-side) with a canvas-drawn PNG each. */
async function chartImages(figures: ReviewFigures, names: Parameters<typeof reviewCharts>[1]): Promise<ReviewReportInput['charts']> {
  const svgs = reportChartSvgs(await loadECharts(), reviewCharts(figures, names, 15));
  const out: ReviewReportInput['charts'] = {};
  for (const key of ['paretoCategory', 'paretoDefect', 'trend'] as const) {
    const c = svgs[key];
    out[key] = { ...c, png: await svgToPng(c.svg, c.width, c.height) };
  }
  return out;
}

/** Writes the monthly review report (Word) from the figures on the page; docx loads only now. */
export function ReportButton({ bounds, figures, labels, actions, participants }: {
  bounds: PeriodBounds; figures: ReviewFigures; labels: Labels; actions: string; participants: string; surveyItems: readonly string[];
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { station } = useSession();
  const lang = useDocLang();
  const warnCompany = useCompanyWarning();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    warnCompany();
    setBusy(true);
    try {
      const { buildReviewReport, reviewReportFileName } = await import('../../documents/review-report');
      const charts = await chartImages(figures, chartNames(t, labels));
      const bytes = await buildReviewReport({
        lang,
        company: await documentCompany(),
        form: { formNo: '', revision: '' },
        period: bounds,
        preparedOn: localDate(Date.now(), station.timeZone),
        timeZone: station.timeZone,
        figures,
        names: { category: labels.category, department: labels.department },
        actions,
        participants,
        charts,
      });
      const saved = await getPlatform().saveFile(reviewReportFileName(bounds, lang), bytes, DOCX_MIME);
      if (saved.saved) void message.success(t('review.report.done'));
    } catch (e) {
      void message.error(t('trackingExport.failed', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };
  return <Button type="primary" data-testid="review-report" loading={busy} onClick={() => void download()}>{t('review.report.download')}</Button>;
}
