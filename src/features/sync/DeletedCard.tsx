/**
 * The "deleted" view: every record deleted here or by an imported bundle, for
 * the people allowed to delete records (administrator and QA manager by
 * default). Restoring writes a new change, which syncs like any edit.
 */
import { App, Button, Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { getDb } from '../../db/db';
import { useDeletedRecords } from '../../db/hooks/use-deleted';
import { restoreDeleted, type DeletedRecord } from '../../db/repositories/deleted';
import { formatInstant } from '../../ui/format';
import { useSession } from '../../ui/session';

export function DeletedCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { station, actor } = useSession();
  const rows = useDeletedRecords();
  const restore = async (r: DeletedRecord) => {
    try {
      await restoreDeleted(getDb(), station, actor, r.table, r.id);
      void message.success(t('sync.deleted.restored', { label: r.label }));
    } catch {
      void message.error(t('sync.deleted.failed', { label: r.label }));
    }
  };
  return (
    <Card size="small" title={t('sync.deleted.title')} style={{ marginBottom: 12 }} data-testid="deleted-records">
      <Table<DeletedRecord>
        size="small"
        rowKey={(r) => `${r.table}/${r.id}`}
        loading={rows === undefined}
        dataSource={rows ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('sync.deleted.none') }}
        columns={[
          { title: t('sync.deleted.kind'), key: 'kind', render: (_, r) => t(`sync.tableKinds.${r.table}`) },
          { title: t('sync.deleted.record'), dataIndex: 'label' },
          { title: t('sync.deleted.at'), key: 'at', render: (_, r) => formatInstant(r.deletedAt, station.timeZone) },
          { title: '', key: 'restore', render: (_, r) => <Button size="small" onClick={() => void restore(r)} data-testid="restore-deleted">{t('sync.deleted.restore')}</Button> },
        ]}
      />
    </Card>
  );
}
