import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { Alert, Button, Checkbox, DatePicker, Input, Popover, Segmented, Select, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useTablePages } from '../../db/hooks/use-table-pages';
import { useDepartments } from '../../db/hooks/use-db';
import { firstScreenShown } from '../../db/hooks/first-screen';
import type { SortColumn, TableFilter, TableQuery } from '../../db/queries/complaint-table';
import { formatInstant } from '../../ui/format';
import { useSession } from '../../ui/session';
import { VirtualTable, type Column } from './VirtualTable';
import { todayAt, useNow } from '../../db/hooks/use-workflow';
import { AttentionCard } from '../workflow/AttentionCard';
import { deadlineState } from '../../domain/workflow/deadlines';
import { STATE_COLORS } from '../workflow/deadline-colors';
import { CATEGORIES, COMPLAINT_STATUSES, GRADE_COLORS, isTrackingView, TRACKING_VIEWS, type TrackingView } from './labels';
import { LinkedReturnsCell } from '../returns/LinkedReturnsCell';
import { sortedQuery, filterFromParams, INITIAL_SORT } from './tracking-params';

/** Export and print load with their first use: the grid is the first screen, and exceljs and antd's dialogs need not slow it. */
const TrackingExportButtons = lazy(() => import('./TrackingExportButtons').then((m) => ({ default: m.TrackingExportButtons })));
/** The open 8D actions show only in the "my work" and overdue views: loaded with them, not with every start. */
const OpenActionsList = lazy(() => import('../workflow/OpenActionsList').then((m) => ({ default: m.OpenActionsList })));

/** Columns the user has hidden, kept per station (a 1024 px screen wants fewer than a 1920 px one). */
const HIDDEN_COLUMNS_KEY = 'complaint-desk.tracking.hiddenColumns';

function storedHidden(): string[] {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(HIDDEN_COLUMNS_KEY) ?? '[]');
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function useHiddenColumns(): [string[], (v: string[]) => void] {
  const [hidden, setHidden] = useState<string[]>(storedHidden);
  return [hidden, (v) => {
    setHidden(v);
    localStorage.setItem(HIDDEN_COLUMNS_KEY, JSON.stringify(v));
  }];
}

/** The filters that came in the address, as a line above the grid (the date picker does not show them). */
function linkedFilterText(f: TableFilter, zone: string, t: TFunction, dept: ReadonlyMap<string, string>): string {
  const parts = [f.receivedFrom && formatInstant(f.receivedFrom, zone), f.receivedTo && formatInstant(f.receivedTo, zone)].filter(Boolean).join(' – ');
  return [
    parts,
    f.status && t(`status.${f.status}`, { defaultValue: f.status }),
    f.category && t(`workflow.categories.${f.category}`, { defaultValue: f.category }),
    f.department && (dept.get(f.department) ?? f.department),
    f.customer,
    f.product,
    f.grade && t(`workflow.grades.${f.grade}`, { defaultValue: f.grade }),
    f.channel && t(`complaint.channels.${f.channel}`, { defaultValue: f.channel }),
  ].filter(Boolean).join(' · ');
}

export function TrackingTablePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { station, people, person } = useSession();
  const departments = useDepartments();
  const now = useNow();
  const [params, setParams] = useSearchParams();
  const rawView = params.get('view');
  const view: TrackingView = isTrackingView(rawView) ? rawView : 'all';
  // Opened from the review's charts the filter comes in the address (tracking-params.ts).
  const [filter, setFilter] = useState<TableFilter>(() => filterFromParams(params));
  const [searchText, setSearchText] = useState(() => params.get('search') ?? '');
  const [sort, setSort] = useState<{ column: SortColumn; descending: boolean }>(INITIAL_SORT);
  // The overdue view reads the nextDueAt index as a range, most overdue first; "my work" filters on the cursor.
  const query = useMemo<TableQuery>(() => {
    if (view === 'overdue') return { filter: { ...filter, overdueAt: now }, sort: 'nextDue', descending: false };
    if (view === 'mine') return sortedQuery({ ...filter, ownerId: person?.id ?? '\u0000' }, sort);
    return sortedQuery(filter, sort);
  }, [filter, sort, view, now, person]);
  const showActions = (view === 'mine' && !!person) || view === 'overdue';
  const setView = (v: TrackingView) => setParams(v === 'all' ? {} : { view: v });
  const fromReview = Boolean(params.get('receivedFrom') || params.get('receivedTo') || params.get('product') || params.get('grade') || params.get('channel'));
  const pages = useTablePages(query);
  // The first page on screen (rows, or none to show) opens the gate for the work the first screen waits not for.
  const firstShown = pages.count !== undefined;
  useEffect(() => {
    if (firstShown) firstScreenShown();
  }, [firstShown]);

  const deptName = useMemo(() => new Map(departments.map((d) => [d.id, d.name])), [departments]);
  const personName = useMemo(() => new Map(people.map((p) => [p.id, p.name])), [people]);
  const [hidden, setHidden] = useHiddenColumns();
  const allColumns: Column[] = [
    { key: 'number', title: t('tracking.col.number'), width: '130px', sortable: true, render: (r) => r.number },
    { key: 'receivedAt', title: t('tracking.col.receivedAt'), width: '140px', sortable: true, render: (r) => formatInstant(r.receivedAt, station.timeZone) },
    { key: 'customer', title: t('tracking.col.customer'), width: 'minmax(110px, 1.3fr)', sortable: true, render: (r) => r.customer },
    { key: 'product', title: t('tracking.col.product'), width: 'minmax(80px, 1fr)', sortable: true, render: (r) => r.product },
    { key: 'batch', title: t('tracking.col.batch'), width: '125px', sortable: true, render: (r) => r.batch },
    { key: 'symptom', title: t('tracking.col.symptom'), width: 'minmax(90px, 1.4fr)', sortable: false, render: (r) => r.symptom },
    { key: 'category', title: t('tracking.col.category'), width: '100px', sortable: true, render: (r) => (r.category ? t(`workflow.categories.${r.category}`, { defaultValue: r.category }) : '') },
    { key: 'grade', title: t('tracking.col.grade'), width: '64px', sortable: true, render: (r) => (r.grade ? <Tag color={GRADE_COLORS[r.grade]}>{t(`workflow.grades.${r.grade}`, { defaultValue: r.grade })}</Tag> : '') },
    { key: 'status', title: t('tracking.col.status'), width: '88px', sortable: true, render: (r) => <Tag>{t(`status.${r.status}`, { defaultValue: r.status })}</Tag> },
    { key: 'nextDue', title: t('tracking.col.nextDue'), width: '135px', sortable: true, render: (r) => {
      if (!r.nextDueAt) return '';
      const state = deadlineState(r.nextDueAt, now, station.timeZone);
      return <Tag color={STATE_COLORS[state]} data-state={state}>{formatInstant(r.nextDueAt, station.timeZone)}</Tag>;
    } },
    { key: 'department', title: t('tracking.col.department'), width: '90px', sortable: true, render: (r) => deptName.get(r.department ?? '') ?? '' },
    { key: 'owner', title: t('tracking.col.owner'), width: '80px', sortable: true, render: (r) => personName.get(r.ownerId ?? '') ?? '' },
    { key: 'returns', title: t('returns.linked.column'), width: 'minmax(140px, 1fr)', sortable: false, render: (r) => <LinkedReturnsCell complaintId={r.id} /> },
  ];
  // The number always shows: it is what a row is called.
  const columns = allColumns.filter((c) => c.key === 'number' || !hidden.includes(c.key));
  const chooser = (
    <Checkbox.Group
      data-testid="column-chooser"
      style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
      value={allColumns.map((c) => c.key).filter((k) => !hidden.includes(k))}
      onChange={(shown) => setHidden(allColumns.map((c) => c.key).filter((k) => k !== 'number' && !shown.includes(k)))}
      options={allColumns.map((c) => ({ value: c.key, label: c.title, disabled: c.key === 'number' }))}
    />
  );

  const patch = (p: Partial<TableFilter>) => setFilter((f) => {
    const next = { ...f, ...p };
    for (const k of Object.keys(next) as (keyof TableFilter)[]) if (!next[k]) delete next[k];
    return next;
  });
  const onSort = (column: SortColumn) =>
    setSort((s) => (s.column === column ? { column, descending: !s.descending } : { column, descending: false }));
  const onDates = (range: [Dayjs | null, Dayjs | null] | null) =>
    patch({ receivedFrom: range?.[0]?.startOf('day').toISOString(), receivedTo: range?.[1]?.endOf('day').toISOString() });

  return (
    <div className="page">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{t('tracking.title')}</Typography.Title>
        <Typography.Text type="secondary" data-testid="row-count">{pages.exactCount === undefined ? t('common.loading') : t('tracking.rows', { count: pages.exactCount })}</Typography.Text>
      </Space>
      <AttentionCard />
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented<TrackingView>
          data-testid="tracking-view"
          value={view}
          onChange={setView}
          options={TRACKING_VIEWS.map((v) => ({ value: v, label: t(`workflow.views.${v}`) }))}
        />
        <Input.Search
          allowClear
          aria-label={t('tracking.search')}
          placeholder={t('tracking.search')}
          style={{ width: 280 }}
          value={searchText}
          onChange={(e) => {
            setSearchText(e.target.value);
            if (!e.target.value) patch({ search: undefined });
          }}
          onSearch={(v) => patch({ search: v.trim() || undefined })}
        />
        <Select
          allowClear
          aria-label={t('tracking.filterStatus')}
          placeholder={t('tracking.filterStatus')}
          style={{ width: 130 }}
          value={filter.status}
          onChange={(v: string | undefined) => patch({ status: v })}
          options={COMPLAINT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
        <Select
          allowClear
          aria-label={t('tracking.filterCategory')}
          placeholder={t('tracking.filterCategory')}
          style={{ width: 140 }}
          value={filter.category}
          onChange={(v: string | undefined) => patch({ category: v })}
          options={CATEGORIES.map((c) => ({ value: c, label: t(`workflow.categories.${c}`) }))}
        />
        <Select
          allowClear
          aria-label={t('tracking.filterDepartment')}
          placeholder={t('tracking.filterDepartment')}
          style={{ width: 130 }}
          value={filter.department}
          onChange={(v: string | undefined) => patch({ department: v })}
          options={departments.map((d) => ({ value: d.id, label: d.name }))}
        />
        <Input
          allowClear
          aria-label={t('tracking.filterCustomer')}
          placeholder={t('tracking.filterCustomer')}
          style={{ width: 160 }}
          value={filter.customer ?? ''}
          onChange={(e) => patch({ customer: e.target.value || undefined })}
        />
        <DatePicker.RangePicker aria-label={t('tracking.filterDates')} onChange={(r) => onDates(r as [Dayjs | null, Dayjs | null] | null)} />
        <Button onClick={() => { setFilter({}); setSearchText(''); if (fromReview) setParams(view === 'all' ? {} : { view }); }}>{t('tracking.resetFilters')}</Button>
        <Suspense fallback={<Button disabled>{t('trackingExport.button')}</Button>}>
          <TrackingExportButtons query={query} columns={columns.map((c) => c.key)} />
        </Suspense>
        <Popover content={chooser} title={t('tracking.columnsTitle')} trigger="click" placement="bottomRight">
          <Button data-testid="columns-button">{t('tracking.columns')}</Button>
        </Popover>
      </Space>
      {fromReview && <Alert type="info" showIcon style={{ marginBottom: 12 }} data-testid="tracking-linked-filter" title={t('trackingExport.linkedFilter', { filter: linkedFilterText(filter, station.timeZone, t, deptName) })} />}
      {view === 'mine' && !person && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('workflow.views.pickPerson')} />}
      {/* 8D actions have their own list: they are not complaint rows, and the grid stays an index read. */}
      {showActions && (
        <Suspense fallback={null}>
          <OpenActionsList today={todayAt(now, station.timeZone)} ownerId={view === 'mine' ? person?.id : undefined} overdueOnly={view === 'overdue'} />
        </Suspense>
      )}
      <VirtualTable
        label={t('tracking.title')}
        columns={columns}
        pages={pages}
        sort={query.sort}
        descending={query.descending}
        onSort={onSort}
        onOpen={(row) => navigate(`/complaints/${row.id}`)}
        resetKey={JSON.stringify(query)}
      />
      {pages.exactCount === 0 && <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>{t('tracking.empty')}</Typography.Paragraph>}
    </div>
  );
}
