/** The 8D workspace of one complaint: D0–D8 as tabs with completeness marks, signatures, export and print. */
import { useState } from 'react';
import { Alert, Button, Space, Spin, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useComplaint } from '../../db/hooks/use-db';
import { useEightD } from '../../db/hooks/use-eightd';
import { getDb } from '../../db/db';
import { openEightD } from '../../db/repositories/eightd';
import { disciplineComplete } from '../../domain/eightd/completeness';
import { DISCIPLINES } from '../../domain/eightd/schema';
import { useSession } from '../../ui/session';
import { DisciplinePanel } from './DisciplinePanels';
import { SignaturesPanel } from './SignaturesPanel';
import { exportEightDWord } from './exports';
import { useExport } from './use-export';
import { useDocLang } from '../../ui/use-document-settings';

export function EightDPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { station, actor } = useSession();
  const complaint = useComplaint(id);
  const row = useEightD(id);
  const [params] = useSearchParams();
  // "Open 8D" from an action in the tracking table lands on that action's discipline.
  const [tab, setTab] = useState<string>(() => {
    const wanted = params.get('tab') ?? '';
    return (DISCIPLINES as readonly string[]).includes(wanted) || wanted === 'signatures' ? wanted : 'd0';
  });
  const runExport = useExport();
  const lang = useDocLang();
  if (complaint === undefined || row === undefined) return <Spin style={{ margin: 48 }} />;
  if (complaint === null) return <Alert type="error" title={t('validation.notFound')} style={{ margin: 16 }} />;
  const title = t('eightd.title', { number: complaint.number });
  if (row === null) {
    return (
      <div className="page">
        <Typography.Title level={4}>{title}</Typography.Title>
        <Alert type="info" title={t('eightd.notStarted')} style={{ marginBottom: 12 }} />
        <Button type="primary" onClick={() => void openEightD(getDb(), station, actor, complaint.id)}>{t('eightd.start')}</Button>
      </div>
    );
  }
  const items = [
    ...DISCIPLINES.map((n) => {
      const done = disciplineComplete(row, n);
      return {
        key: n,
        label: <span data-testid={`tab-${n}`} data-complete={done}>{done ? '✓ ' : '○ '}{t(`eightd.disciplines.${n}`)}</span>,
        children: <DisciplinePanel key={`${n}-${row.id}`} row={row} n={n} />,
      };
    }),
    { key: 'signatures', label: t('eightd.disciplines.signatures'), children: <SignaturesPanel row={row} /> },
  ];
  return (
    <div className="page" style={{ maxWidth: 1200 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="eightd-title">{title}</Typography.Title>
        <Space className="no-print" wrap>
          <Button onClick={() => navigate(`/complaints/${complaint.id}`)}>{t('eightd.back')}</Button>
          <Button onClick={() => void runExport(() => exportEightDWord(complaint.id, station.timeZone, lang))}>{t('eightd.exportWord')}</Button>
          <Button onClick={() => navigate(`/complaints/${complaint.id}/8d/print`)}>{t('eightd.print')}</Button>
        </Space>
      </Space>
      <Typography.Paragraph type="secondary" className="no-print">{t('eightd.savedOnly')}</Typography.Paragraph>
      <Tabs activeKey={tab} onChange={setTab} items={items} tabPlacement="start" destroyOnHidden={false} />
    </div>
  );
}
