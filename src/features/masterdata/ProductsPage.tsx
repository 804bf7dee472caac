/** 产品档案: the product list with search, create, edit, deactivate, Excel import and export. */
import { useMemo, useState } from 'react';
import { Button, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { getDb } from '../../db/db';
import { useProducts } from '../../db/hooks/use-masterdata';
import { setProductActive } from '../../db/repositories/masterdata';
import { formatYuan } from '../../domain/money';
import type { StoredProduct } from '../../domain/masterdata/records';
import { matchesQuery } from '../../domain/masterdata/search';
import { useSession } from '../../ui/session';
import { ImportReport } from './ImportReport';
import { MasterToolbar } from './MasterToolbar';
import { ProductForm } from './ProductForm';
import { useSheetTransfer } from './use-sheet-transfer';

export function ProductsPage() {
  const { t } = useTranslation();
  const { station, actor, can } = useSession();
  const canEdit = can('masterdata.edit');
  const all = useProducts();
  const [query, setQuery] = useState('');
  const [showInactive, setShowInactive] = useState(false);
  const [editing, setEditing] = useState<StoredProduct | 'new' | null>(null);
  const sheet = useSheetTransfer('products');
  const rows = useMemo(() => (all ?? []).filter((p) => (showInactive || p.active) && matchesQuery(p.searchText, query)), [all, query, showInactive]);
  const L = (k: string) => t(`masterdata.product.${k}`);
  return (
    <div className="page">
      <MasterToolbar
        title={L('title')} query={query} onQuery={setQuery} showInactive={showInactive} onShowInactive={setShowInactive}
        onAdd={() => setEditing('new')} onImport={() => void sheet.pickAndImport()} onExport={() => void sheet.exportRows(rows)} busy={sheet.busy} canEdit={canEdit}
      />
      <ImportReport errors={sheet.errors} onClose={sheet.clearErrors} />
      <Table<StoredProduct>
        size="small"
        rowKey="id"
        loading={!all}
        dataSource={rows}
        data-testid="products-table"
        pagination={{ pageSize: 50, showTotal: (n) => t('masterdata.rows', { count: n }) }}
        columns={[
          { title: L('code'), dataIndex: 'code', width: 140 },
          { title: L('name'), dataIndex: 'name', render: (n: string, p) => <>{n}{!p.active && <Tag style={{ marginLeft: 8 }}>{t('masterdata.inactive')}</Tag>}</> },
          { title: L('spec'), dataIndex: 'spec' },
          { title: L('shelfLifeDays'), dataIndex: 'shelfLifeDays', align: 'right' },
          { title: L('warrantyMonths'), dataIndex: 'warrantyMonths', align: 'right' },
          { title: L('unitPrice'), dataIndex: 'unitPriceFen', align: 'right', render: (f: number | null) => (f === null ? '' : formatYuan(f)) },
          { title: L('ourProduct'), dataIndex: 'ourProduct', render: (v: boolean) => (v ? t('common.yes') : t('common.no')) },
          ...(canEdit ? [{
            title: t('common.actions'), key: 'a', width: 160,
            render: (_: unknown, p: StoredProduct) => (
              <Space size={4}>
                <Button size="small" onClick={() => setEditing(p)}>{t('common.edit')}</Button>
                <Button size="small" onClick={() => void setProductActive(getDb(), station, actor, p.id, !p.active)}>{t(p.active ? 'masterdata.deactivate' : 'masterdata.activate')}</Button>
              </Space>
            ),
          }] : []),
        ]}
      />
      {editing && <ProductForm editing={editing} onClose={() => setEditing(null)} />}
    </div>
  );
}
