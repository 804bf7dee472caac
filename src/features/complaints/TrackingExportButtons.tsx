import { useState } from 'react';
import { App, Button, Dropdown, Modal, Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { getDb } from '../../db/db';
import { useDepartments } from '../../db/hooks/use-db';
import { loadAllRows, type TableQuery } from '../../db/queries/complaint-table';
import { buildTrackingCsv, buildTrackingXlsx, XLSX_MIME } from '../../documents/tracking-sheet';
import { getPlatform } from '../../platform';
import { useSession } from '../../ui/session';
import { trackingSheet } from './tracking-export';
import { trackingSearch } from './tracking-params';

/** Excel, CSV and print of every row of the current filter and sort, in the shown columns. */
export function TrackingExportButtons({ query, columns }: { query: TableQuery; columns: string[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { station, people } = useSession();
  const departments = useDepartments();
  const [progress, setProgress] = useState<number | null>(null);

  const run = async (kind: 'xlsx' | 'csv') => {
    setProgress(0);
    try {
      const rows = await loadAllRows(getDb(), query);
      const { columns: cols, cells } = trackingSheet(rows, columns, {
        t,
        zone: station.timeZone,
        departmentName: new Map(departments.map((d) => [d.id, d.name])),
        personName: new Map(people.map((p) => [p.id, p.name])),
      });
      const stamp = new Date().toISOString().slice(0, 10);
      const base = `${t('tracking.title')}-${stamp}`;
      if (kind === 'xlsx') {
        const bytes = await buildTrackingXlsx(t('tracking.title'), cols, cells, (done, total) => setProgress(Math.round((done / Math.max(1, total)) * 100)));
        await getPlatform().saveFile(`${base}.xlsx`, bytes, XLSX_MIME);
      } else {
        await getPlatform().saveFile(`${base}.csv`, new TextEncoder().encode(buildTrackingCsv(cols, cells)), 'text/csv');
      }
      void message.success(t('trackingExport.done', { count: rows.length }));
    } catch (e) {
      void message.error(t('trackingExport.failed', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setProgress(null);
    }
  };

  const print = () => {
    const { filter, sort, descending } = query;
    const search = trackingSearch({ ...filter });
    navigate(`/tracking/print?${search}${search ? '&' : ''}sort=${sort}&desc=${descending ? 1 : 0}&cols=${encodeURIComponent(columns.join(','))}`);
  };

  return (
    <>
      <Dropdown
        menu={{
          items: [
            { key: 'xlsx', label: t('trackingExport.excel') },
            { key: 'csv', label: t('trackingExport.csv') },
            { key: 'print', label: t('trackingExport.print') },
            { type: 'divider' },
            { key: 'import', label: t('trackingExport.importOld') },
          ],
          onClick: ({ key }) => (key === 'print' ? print() : key === 'import' ? navigate('/tracking/import') : void run(key as 'xlsx' | 'csv')),
        }}
      >
        <Button data-testid="tracking-export" loading={progress !== null}>{t('trackingExport.button')}</Button>
      </Dropdown>
      <Modal open={progress !== null} footer={null} closable={false} title={t('trackingExport.working')}>
        <Progress percent={progress ?? 0} data-testid="export-progress" />
      </Modal>
    </>
  );
}
