import { useMemo } from 'react';
import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useAllTableRows } from '../../db/hooks/use-review';
import { useDepartments } from '../../db/hooks/use-db';
import { SORTABLE_COLUMNS, type SortColumn, type TableQuery } from '../../db/queries/complaint-table';
import { getPlatform } from '../../platform';
import { useSession } from '../../ui/session';
import { trackingSheet } from './tracking-export';
import { filterFromParams } from './tracking-params';
import './tracking-print.css';

const isSort = (s: string | null): s is SortColumn => s !== null && s in SORTABLE_COLUMNS;

function formatCell(v: unknown): string {
  if (v instanceof Date) return v.toISOString().slice(0, 16).replace('T', ' ');
  return v === null || v === undefined ? '' : String(v);
}

/** Every row of the tracking table's filter as one plain table, for paper (the grid draws only what is on screen). */
export function TrackingPrintPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { station, people } = useSession();
  const departments = useDepartments();
  const query = useMemo<TableQuery>(() => {
    const sort = params.get('sort');
    return { filter: filterFromParams(params), sort: isSort(sort) ? sort : 'receivedAt', descending: params.get('desc') === '1' };
  }, [params]);
  const columns = (params.get('cols') ?? 'number,receivedAt,customer,product,batch,symptom,category,grade,status,nextDue,department,owner').split(',');
  const rows = useAllTableRows(query);
  const sheet = useMemo(
    () => rows && trackingSheet(rows, columns, {
      t, zone: station.timeZone,
      departmentName: new Map(departments.map((d) => [d.id, d.name])),
      personName: new Map(people.map((p) => [p.id, p.name])),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- columns is derived from params
    [rows, params, t, station.timeZone, departments, people],
  );
  return (
    <div className="tp-page">
      <Space className="no-print" style={{ marginBottom: 12 }}>
        <Button onClick={() => navigate(-1)}>{t('trackingExport.back')}</Button>
        <Button type="primary" onClick={() => void getPlatform().print()} disabled={!sheet}>{t('trackingExport.printNow')}</Button>
      </Space>
      <Typography.Title level={4} style={{ textAlign: 'center' }}>{t('tracking.title')}</Typography.Title>
      {!sheet ? t('common.loading') : (
        <>
          <Typography.Paragraph data-testid="print-count">{t('tracking.rows', { count: sheet.cells.length })}</Typography.Paragraph>
          <table className="tp-table" data-testid="print-table">
            <thead><tr>{sheet.columns.map((c) => <th key={c.key}>{c.header}</th>)}</tr></thead>
            <tbody>
              {sheet.cells.map((r, i) => <tr key={i}>{r.map((v, j) => <td key={j}>{formatCell(v)}</td>)}</tr>)}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
