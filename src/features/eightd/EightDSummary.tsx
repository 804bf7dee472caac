import { Button, Card, Progress, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Complaint } from '../../domain/complaint/record';
import { useEightD } from '../../db/hooks/use-eightd';
import { disciplineComplete } from '../../domain/eightd/completeness';
import { DISCIPLINES } from '../../domain/eightd/schema';
import { useSession } from '../../ui/session';
import { exportRecordForm } from './exports';
import { useExport } from './use-export';
import { useDocLang } from '../../ui/use-document-settings';

/** The complaint page's view of its 8D: progress, a link to the workspace, and the record form as Word. */
export function EightDSummary({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { station } = useSession();
  const row = useEightD(complaint.id);
  const runExport = useExport();
  const lang = useDocLang();
  const done = row ? DISCIPLINES.filter((n) => disciplineComplete(row, n)) : [];
  return (
    <Card size="small" title={t('eightd.summaryTitle')} style={{ marginBottom: 12 }} data-testid="eightd-summary"
      extra={
        <Space className="no-print">
          <Button onClick={() => navigate(`/complaints/${complaint.id}/record-form`)}>{t('eightd.printRecordForm')}</Button>
          <Button onClick={() => void runExport(() => exportRecordForm(complaint.id, station.timeZone, lang))}>{t('eightd.exportRecordForm')}</Button>
          <Button type="primary" onClick={() => navigate(`/complaints/${complaint.id}/8d`)}>{row ? t('eightd.open') : t('eightd.start')}</Button>
        </Space>
      }>
      {row ? (
        <Space wrap>
          <Progress type="circle" size={40} percent={Math.round((done.length / DISCIPLINES.length) * 100)} format={() => `${done.length}/${DISCIPLINES.length}`} />
          <span>{t('eightd.progress', { done: done.length, total: DISCIPLINES.length })}</span>
          {DISCIPLINES.map((n) => <Tag key={n} color={done.includes(n) ? 'green' : undefined}>{n.toUpperCase()}</Tag>)}
        </Space>
      ) : (
        t('eightd.notStarted')
      )}
    </Card>
  );
}
