import { App, Button, Card, Empty, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { getDb } from '../../db/db';
import { keepConflictValue } from '../../sync/resolve-conflict';
import { useKnownStations, useOpenConflicts, type ConflictView } from '../../db/hooks/use-sync';
import { formatInstant } from '../../ui/format';
import { useSession } from '../../ui/session';
import { syncErrorText } from './sync-error-text';

function showValue(t: (k: string) => string, path: string, value: unknown): string {
  if (path === 'deletedAt') return value ? t('sync.conflicts.deleted') : t('sync.conflicts.notDeleted');
  if (value === null || value === undefined || value === '') return t('sync.conflicts.empty');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Open conflicts: both values with who, when and where, and "keep this value". */
export function ConflictsCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const session = useSession();
  const conflicts = useOpenConflicts();
  const stations = useKnownStations();
  const stationCode = (id: string) => (id === session.station.id ? `${session.station.code} (${t('sync.conflicts.thisStation')})` : (stations[id] ?? id.slice(-6)));

  const keep = async (c: ConflictView, index: number) => {
    try {
      await keepConflictValue(getDb(), session.station, session.actor, c.id, index);
      void message.success(t('sync.conflicts.kept'));
    } catch (e) {
      void message.error(syncErrorText(t, e));
    }
  };

  return (
    <Card size="small" title={t('sync.conflicts.title')} data-testid="conflicts-card">
      <Typography.Paragraph type="secondary">{t('sync.conflicts.hint')}</Typography.Paragraph>
      {conflicts && conflicts.length === 0 && <Empty description={t('sync.conflicts.none')} />}
      {conflicts?.map((c) => (
        <div key={c.id} data-testid="conflict" style={{ marginBottom: 16 }}>
          <Typography.Text strong>
            {t(`sync.tables.${c.table}`)} {c.rowLabel} · {t('sync.conflicts.field')}: <code>{c.path}</code>
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
                    {showValue(t, c.path, v.value)} {v.index === c.values.length - 1 && <Tag color="blue">{t('sync.conflicts.winner')}</Tag>}
                  </span>
                ),
              },
              { title: t('sync.conflicts.who'), render: (_, v) => v.actor ?? '' },
              { title: t('sync.conflicts.station'), render: (_, v) => stationCode(v.station) },
              { title: t('sync.conflicts.when'), render: (_, v) => formatInstant(v.at, session.station.timeZone) },
              {
                title: '',
                render: (_, v) => (
                  <Button size="small" onClick={() => void keep(c, v.index)} data-testid="conflict-keep">
                    {t('sync.conflicts.keep')}
                  </Button>
                ),
              },
            ]}
          />
        </div>
      ))}
    </Card>
  );
}
