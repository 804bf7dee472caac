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

/** How an entity names its audit paths, values and actions (e.g. returns: features/returns/history-labels). */
export interface HistoryDescriber {
  /** The label of a changed path; null hides the path (another path of the same entry stands for it). */
  field(path: string): string | null;
  /** Readable text for a value at a path; undefined falls back to the raw value. */
  value?(path: string, value: unknown): string | undefined;
  action?(action: string): string;
}

/** Field label for a complaint path (audit entries, sync conflicts): the form's own label where there is one, else the path. */
export function useComplaintFieldLabel() {
  const { t, i18n } = useTranslation();
  return (path: string) => {
    const key = `complaint.${path}`;
    return i18n.exists(key) && typeof t(key, { returnObjects: true }) === 'string' ? t(key) : path;
  };
}

/** Who changed which field when, newest first, from the audit log. Complaint paths are labelled unless `describe` is given. */
export function HistoryList({ entity, rowId, describe }: { entity: string; rowId: string; describe?: HistoryDescriber }) {
  const { t } = useTranslation();
  const { station } = useSession();
  const entries = useAuditFor(entity, rowId);
  const complaintLabel = useComplaintFieldLabel();
  const label = describe ? describe.field : complaintLabel;
  const value = (path: string, v: unknown) => describe?.value?.(path, v) ?? show(v);
  if (!entries) return null;
  if (entries.length === 0) return <Typography.Text type="secondary">{t('history.empty')}</Typography.Text>;
  return (
    <Timeline
      data-testid="history"
      items={entries.map((e) => ({
        key: e.id,
        children: (
          <div>
            <Typography.Text strong>{describe?.action ? describe.action(e.action) : t(`history.${e.action}`, { defaultValue: e.action })}</Typography.Text>{' '}
            <Typography.Text type="secondary">{t('history.by', { actor: e.actor, at: formatInstant(e.at, station.timeZone) })}</Typography.Text>
            {e.action !== 'create' && (
              <Table
                size="small"
                pagination={false}
                rowKey="path"
                style={{ marginTop: 4 }}
                dataSource={e.changes.filter((c) => !HIDDEN.has(c.path) && label(c.path) !== null)}
                columns={[
                  { title: t('history.field'), dataIndex: 'path', render: (p: string) => label(p) },
                  { title: t('history.before'), key: 'before', render: (_: unknown, c) => value(c.path, c.before) },
                  { title: t('history.after'), key: 'after', render: (_: unknown, c) => value(c.path, c.after) },
                ]}
              />
            )}
          </div>
        ),
      }))}
    />
  );
}
