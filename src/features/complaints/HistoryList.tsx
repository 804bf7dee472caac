import { Table, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuditFor } from '../../db/hooks/use-db';
import { formatInstant } from '../../ui/format';
import { useSession } from '../../ui/session';

const HIDDEN = new Set(['updatedAt', 'updatedBy', 'createdAt', 'createdBy', 'deletedAt', 'id', 'station']);

function show(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Field label for an audit path: the form's own label where there is one. */
function useFieldLabel() {
  const { t, i18n } = useTranslation();
  return (path: string) => {
    const key = `complaint.${path}`;
    return i18n.exists(key) && typeof t(key, { returnObjects: true }) === 'string' ? t(key) : path;
  };
}

/** Who changed which field when, newest first, from the audit log. */
export function HistoryList({ entity, rowId }: { entity: string; rowId: string }) {
  const { t } = useTranslation();
  const { station } = useSession();
  const entries = useAuditFor(entity, rowId);
  const label = useFieldLabel();
  if (!entries) return null;
  if (entries.length === 0) return <Typography.Text type="secondary">{t('history.empty')}</Typography.Text>;
  return (
    <Timeline
      data-testid="history"
      items={entries.map((e) => ({
        key: e.id,
        children: (
          <div>
            <Typography.Text strong>{t(`history.${e.action}`, { defaultValue: e.action })}</Typography.Text>{' '}
            <Typography.Text type="secondary">{t('history.by', { actor: e.actor, at: formatInstant(e.at, station.timeZone) })}</Typography.Text>
            {e.action !== 'create' && (
              <Table
                size="small"
                pagination={false}
                rowKey="path"
                style={{ marginTop: 4 }}
                dataSource={e.changes.filter((c) => !HIDDEN.has(c.path))}
                columns={[
                  { title: t('history.field'), dataIndex: 'path', render: (p: string) => label(p) },
                  { title: t('history.before'), dataIndex: 'before', render: show },
                  { title: t('history.after'), dataIndex: 'after', render: show },
                ]}
              />
            )}
          </div>
        ),
      }))}
    />
  );
}
