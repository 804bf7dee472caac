/**
 * Excel import and export of one master table. The file is read and checked in
 * full before anything is written; any error of any row is reported and nothing
 * is imported; a clean file is written in one transaction.
 */
import { useState } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { getDb } from '../../db/db';
import { importCustomers, importProducts } from '../../db/repositories/masterdata';
import { ValidationError } from '../../domain/common/validation-error';
import { CUSTOMER_COLUMNS, PRODUCT_COLUMNS, readCustomerSheet, readProductSheet, sheetOf, type SheetError } from '../../domain/masterdata/sheet';
import { customerToInput, productToInput, type StoredCustomer, type StoredProduct } from '../../domain/masterdata/records';
import { getPlatform } from '../../platform';
import { useSession } from '../../ui/session';
import { NotAWorkbookError, readFirstSheet, writeSheet, XLSX_MIME } from './excel';

const MAX_SHEET_BYTES = 20 * 1024 * 1024;

export type MasterKind = 'products' | 'customers';

export function useSheetTransfer(kind: MasterKind) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { station, actor } = useSession();
  const [errors, setErrors] = useState<SheetError[]>([]);
  const [busy, setBusy] = useState(false);

  const importFile = async (file: File) => {
    setErrors([]);
    setBusy(true);
    try {
      const table = await readFirstSheet(await file.arrayBuffer());
      if (table.length < 2) return void message.error(t('masterdata.emptySheet'));
      const db = getDb();
      const now = new Date();
      let outcome;
      if (kind === 'products') {
        const read = readProductSheet(table);
        if (!read.ok) return setErrors(read.errors);
        outcome = await importProducts(db, station, actor, read.rows.map((r) => r.input), now);
      } else {
        const read = readCustomerSheet(table);
        if (!read.ok) return setErrors(read.errors);
        outcome = await importCustomers(db, station, actor, read.rows.map((r) => r.input), now);
      }
      void message.success(t('masterdata.imported', { ...outcome }));
    } catch (e) {
      if (e instanceof NotAWorkbookError) return void message.error(t('masterdata.notWorkbook'));
      if (e instanceof ValidationError) return setErrors(e.issues.map((i) => ({ row: 0, column: i.path, code: i.code })));
      throw e;
    } finally {
      setBusy(false);
    }
  };

  const pickAndImport = async () => {
    const picked = await getPlatform().openFiles({ accept: '.xlsx', multiple: false, maxBytes: MAX_SHEET_BYTES });
    const file = picked.files[0];
    if (file) await importFile(file);
  };

  const exportRows = async (rows: readonly (StoredProduct | StoredCustomer)[]) => {
    const table = kind === 'products'
      ? sheetOf(PRODUCT_COLUMNS, (rows as StoredProduct[]).map(productToInput))
      : sheetOf(CUSTOMER_COLUMNS, (rows as StoredCustomer[]).map(customerToInput));
    const title = t(kind === 'products' ? 'masterdata.product.title' : 'masterdata.customer.title');
    const bytes = await writeSheet(title, table);
    const outcome = await getPlatform().saveFile(`${title}-${new Date().toISOString().slice(0, 10)}.xlsx`, bytes, XLSX_MIME);
    if (outcome.saved) void message.success(t('masterdata.exported', { count: rows.length }));
  };

  return { errors, busy, importFile, pickAndImport, exportRows, clearErrors: () => setErrors([]) };
}
