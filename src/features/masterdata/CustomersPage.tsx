/** 客户档案: the customer list with search, create, edit, deactivate, Excel import and export. */
import { useMemo, useState } from 'react';
import { Button, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getDb } from '../../db/db';
import { useCustomers } from '../../db/hooks/use-masterdata';
import { setCustomerActive } from '../../db/repositories/masterdata';
import type { StoredCustomer } from '../../domain/masterdata/records';
import { matchesQuery } from '../../domain/masterdata/search';
import { useSession } from '../../ui/session';
import { CustomerForm } from './CustomerForm';
import { ImportReport } from './ImportReport';
import { LinkComplaintsButton } from './LinkComplaintsButton';
import { MasterToolbar } from './MasterToolbar';
import { useSheetTransfer } from './use-sheet-transfer';

export function CustomersPage() {
  const { t } = useTranslation();
  const { station, actor, can } = useSession();
  const canEdit = can('masterdata.edit');
  const all = useCustomers();
  const [query, setQuery] = useState('');
  const [showInactive, setShowInactive] = useState(false);
  const [editing, setEditing] = useState<StoredCustomer | 'new' | null>(null);
  const sheet = useSheetTransfer('customers');
  const rows = useMemo(() => (all ?? []).filter((c) => (showInactive || c.active) && matchesQuery(c.searchText, query)), [all, query, showInactive]);
  const L = (k: string) => t(`masterdata.customer.${k}`);
  return (
    <div className="page">
      <MasterToolbar
        title={L('title')} query={query} onQuery={setQuery} showInactive={showInactive} onShowInactive={setShowInactive}
        onAdd={() => setEditing('new')} onImport={() => void sheet.pickAndImport()} onExport={() => void sheet.exportRows(rows)} busy={sheet.busy} canEdit={canEdit}
      />
      {canEdit && <div style={{ marginBottom: 8 }}><LinkComplaintsButton /></div>}
      <ImportReport errors={sheet.errors} onClose={sheet.clearErrors} />
      <Table<StoredCustomer>
        size="small"
        rowKey="id"
        loading={!all}
        dataSource={rows}
        data-testid="customers-table"
        pagination={{ pageSize: 50, showTotal: (n) => t('masterdata.rows', { count: n }) }}
        columns={[
          { title: L('code'), dataIndex: 'code', width: 120 },
          {
            title: L('name'), dataIndex: 'name',
            render: (n: string, c) => (
              <>
                <Link to={`/customers/${encodeURIComponent(c.id)}`}>{n}</Link>
                {c.keyAccount && <Tag color="gold" style={{ marginLeft: 8 }}>{L('keyAccount')}</Tag>}
                {!c.active && <Tag style={{ marginLeft: 8 }}>{t('masterdata.inactive')}</Tag>}
              </>
            ),
          },
          { title: L('shortName'), dataIndex: 'shortName' },
          { title: L('industry'), dataIndex: 'industry' },
          { title: L('salesOwner'), dataIndex: 'salesOwner' },
          ...(canEdit ? [{
            title: t('common.actions'), key: 'a', width: 160,
            render: (_: unknown, c: StoredCustomer) => (
              <Space size={4}>
                <Button size="small" onClick={() => setEditing(c)}>{t('common.edit')}</Button>
                <Button size="small" onClick={() => void setCustomerActive(getDb(), station, actor, c.id, !c.active)}>{t(c.active ? 'masterdata.deactivate' : 'masterdata.activate')}</Button>
              </Space>
            ),
          }] : []),
        ]}
      />
      {editing && <CustomerForm editing={editing} onClose={() => setEditing(null)} />}
    </div>
  );
}
