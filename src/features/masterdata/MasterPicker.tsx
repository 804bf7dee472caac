/**
 * Type-ahead over the master (code, name, pinyin initials) for a name typed
 * into a complaint or return. Picking links the master row; typing another
 * name unlinks it and offers to save the new name as a master row.
 */
import { useMemo, useState } from 'react';
import { AutoComplete, Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../ui/session';
import { useCustomers, useProducts } from '../../db/hooks/use-masterdata';
import type { StoredCustomer, StoredProduct } from '../../domain/masterdata/records';
import { pickMatches } from '../../domain/masterdata/search';
import { CustomerForm } from './CustomerForm';
import { ProductForm } from './ProductForm';

const MAX_OPTIONS = 20;

type Row<K> = K extends 'customers' ? StoredCustomer : StoredProduct;

interface Props<K extends 'customers' | 'products'> {
  kind: K;
  id: string;
  ariaLabel?: string;
  value: string;
  onChange: (text: string) => void;
  onBlur?: () => void;
  /** The linked master row's id, '' when none. */
  linkedId: string;
  onPick: (row: Row<K>) => void;
  onUnlink: () => void;
  /** What the picker puts into the text field: the name (complaints) or the code (return lines). */
  show?: 'name' | 'code';
}

export function MasterPicker<K extends 'customers' | 'products'>(p: Props<K>) {
  const { t } = useTranslation();
  const { can } = useSession();
  const customers = useCustomers();
  const products = useProducts();
  const rows = useMemo(() => ((p.kind === 'customers' ? customers : products) ?? []) as Row<K>[], [p.kind, customers, products]);
  const [adding, setAdding] = useState(false);
  const shown = (r: Row<K>) => (p.show === 'code' ? r.code : r.name);
  const options = useMemo(() => pickMatches(rows, p.value, MAX_OPTIONS).map((r) => ({ value: r.id, label: `${r.code}  ${r.name}` })), [rows, p.value]);
  const linked = p.linkedId !== '';
  const exact = rows.some((r) => shown(r) === p.value.trim());
  const pick = (row: Row<K>) => {
    p.onChange(shown(row));
    p.onPick(row);
  };
  return (
    <>
      <AutoComplete
        id={p.id}
        aria-label={p.ariaLabel}
        value={p.value}
        options={options}
        onBlur={p.onBlur}
        onChange={(text: string) => {
          // Selecting an option reports its id first; onSelect handles that.
          if (rows.some((r) => r.id === text)) return;
          p.onChange(text);
          if (linked) p.onUnlink();
        }}
        onSelect={(rowId: string) => {
          const row = rows.find((r) => r.id === rowId);
          if (row) pick(row);
        }}
      />
      {linked && <Tag color="green" style={{ marginTop: 4 }} data-testid={`${p.id}-linked`}>{t('masterdata.picker.linked')}</Tag>}
      {!linked && p.value.trim() !== '' && !exact && can('masterdata.edit') && (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setAdding(true)}>
          {t(p.kind === 'customers' ? 'masterdata.picker.addCustomer' : 'masterdata.picker.addProduct')}
        </Button>
      )}
      {adding && p.kind === 'customers' && (
        <CustomerForm editing="new" initial={{ name: p.value.trim() }} onClose={(saved) => { setAdding(false); if (saved) pick(saved as Row<K>); }} />
      )}
      {adding && p.kind === 'products' && (
        <ProductForm editing="new" initial={p.show === 'code' ? { code: p.value.trim() } : { name: p.value.trim() }} onClose={(saved) => { setAdding(false); if (saved) pick(saved as Row<K>); }} />
      )}
    </>
  );
}
