import { useState } from 'react';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { getDb } from '../../db/db';
import { getPlantConfig } from '../../db/repositories/config';
import { localDate } from '../../domain/calendar/zone';
import type { ReviewFigures } from '../../domain/review/compute';
import type { PeriodBounds } from '../../domain/review/period';
import { getPlatform } from '../../platform';
import { useCompanyWarning, useDocLang } from '../../ui/use-document-settings';
import { useSession } from '../../ui/session';
import type { Labels } from './Distributions';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function logoBytes(sha: string): Promise<Uint8Array | null> {
  if (!sha) return null;
  const row = await getDb().attachments.get(sha);
  return row && row.type.startsWith('image/') ? new Uint8Array(await row.blob.arrayBuffer()) : null;
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
      const [{ buildReviewReport, reviewReportFileName }, { docCompanyOf }] = await Promise.all([import('../../documents/review-report'), import('../../documents/docx-parts')]);
      const config = await getPlantConfig(getDb());
      const bytes = await buildReviewReport({
        lang,
        company: docCompanyOf(config.company, await logoBytes(config.company.logoSha256)),
        form: { formNo: '', revision: '' },
        period: bounds,
        preparedOn: localDate(Date.now(), station.timeZone),
        timeZone: station.timeZone,
        figures,
        names: { category: labels.category, department: labels.department },
        actions,
        participants,
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
