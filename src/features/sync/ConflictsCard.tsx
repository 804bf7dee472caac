import { App, Button, Card, Empty, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { getDb } from '../../db/db';
import { keepConflictValue } from '../../sync/resolve-conflict';
import { useKnownStations, useOpenConflicts, type ConflictView } from '../../db/hooks/use-sync';
import { formatLocalDateTime } from '../../ui/format';
import { useSession } from '../../ui/session';
import { syncErrorText } from './sync-error-text';
import { useHistoryContext } from '../complaints/HistoryList';
import { complaintHistoryDescriber, plainValue } from '../complaints/history-sentences';
import { returnHistoryDescriber } from '../returns/history-labels';

function showValue(t: (k: string) => string, path: string, value: unknown, described: string): string {
  if (path === 'deletedAt') return value ? t('sync.conflicts.deleted') : t('sync.conflicts.notDeleted');
  if (value === null || value === undefined || value === '') return t('sync.conflicts.empty');
  return described;
}

/** Open conflicts: both values with who, when and where, and "keep this value". */
export function ConflictsCard() {
  const { t } = useTranslation();
  const conflicts = useOpenConflicts();
  return (
    <Card size="small" title={t('sync.conflicts.title')} data-testid="conflicts-card">
      <Typography.Paragraph type="secondary">{t('sync.conflicts.hint')}</Typography.Paragraph>
      {conflicts && conflicts.length === 0 && <Empty description={t('sync.conflicts.none')} />}
      {conflicts?.map((c) => <ConflictItem key={c.id} conflict={c} />)}
    </Card>
  );
}

interface Described {
  field: string;
  value: (v: unknown) => string;
}

/** Paths named as the pages name them ("电话", "第 1 行 · 退货数量"), values as the user reads them; never a stored path. */
function useDescribe(c: ConflictView): Described {
  const ctx = useHistoryContext();
  const other = ctx.t('history.fields.other');
  const plain = (v: unknown) => plainValue(ctx, v);
  if (c.table === 'complaints') {
    const d = complaintHistoryDescriber(ctx);
    return { field: d.conflictField?.(c.path) ?? other, value: (v) => d.value?.(c.path, v) ?? plain(v) };
  }
  if (c.returnRow) {
    const d = returnHistoryDescriber(ctx.t, c.returnRow, ctx.timeZone, ctx.language);
    return { field: d.field(c.path) ?? other, value: (v) => d.value?.(c.path, v) ?? plain(v) };
  }
  return { field: other, value: plain };
}

/** The open conflicts of one record, on its own page (nothing when there are none). */
export function RecordConflicts({ table, rowId }: { table: string; rowId: string }) {
  const { t } = useTranslation();
  const conflicts = useOpenConflicts()?.filter((c) => c.table === table && c.rowId === rowId) ?? [];
  if (conflicts.length === 0) return null;
  return (
    <Card size="small" title={t('sync.conflicts.onRecord', { count: conflicts.length })} style={{ marginBottom: 12, borderColor: '#faad14' }} data-testid="record-conflicts">
      {conflicts.map((c) => <ConflictItem key={c.id} conflict={c} />)}
    </Card>
  );
}

function ConflictItem({ conflict: c }: { conflict: ConflictView }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const session = useSession();
  const stations = useKnownStations();
  const d = useDescribe(c);
  const stationCode = (id: string) => (id === session.station.id ? `${session.station.code} (${t('sync.conflicts.thisStation')})` : (stations[id] ?? id.slice(-6)));

  const keep = async (index: number) => {
    try {
      await keepConflictValue(getDb(), session.station, session.actor, c.id, index);
      void message.success(t('sync.conflicts.kept'));
    } catch (e) {
      void message.error(syncErrorText(t, e));
    }
  };

  return (
    <div data-testid="conflict" style={{ marginBottom: 16 }}>
      <Typography.Text strong>
        {t(`sync.tables.${c.table}`)} {c.rowLabel} · {t('sync.conflicts.field')}: <span data-testid="conflict-field">{d.field}</span>
      </Typography.Text>
      <Table
        size="small"
        pagination={false}
        rowKey="hlc"
        dataSource={c.values.map((v, i) => ({ ...v, index: i }))}
        columns={[
          {
            title: t('sync.conflicts.value'),
            render: (_, v) => (
              <span data-testid="conflict-value">
                {showValue(t, c.path, v.value, d.value(v.value))} {v.index === c.values.length - 1 && <Tag color="blue">{t('sync.conflicts.winner')}</Tag>}
              </span>
            ),
          },
          { title: t('sync.conflicts.who'), render: (_, v) => v.actor ?? '' },
          { title: t('sync.conflicts.station'), render: (_, v) => stationCode(v.station) },
          { title: t('sync.conflicts.when'), render: (_, v) => formatLocalDateTime(v.at, session.station.timeZone, i18n.language) },
          {
            title: '',
            render: (_, v) => (
              <Button size="small" onClick={() => void keep(v.index)} data-testid="conflict-keep">
                {t('sync.conflicts.keep')}
              </Button>
            ),
          },
        ]}
      />
    </div>
  );
}
