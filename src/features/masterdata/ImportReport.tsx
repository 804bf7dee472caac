/** The row-level report of a refused import: row, column and what is wrong, in the user's language. */
import { Alert, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SheetError } from '../../domain/masterdata/sheet';

export function ImportReport({ errors, onClose }: { errors: readonly SheetError[]; onClose: () => void }) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  const problem = (e: SheetError) => {
    const params = { ...e.params, ...(e.params?.expected ? { expected: t(`masterdata.sheet.expected.${e.params.expected}`) } : {}) };
    return t(e.code, params);
  };
  return (
    <Alert
      type="error"
      closable
      onClose={onClose}
      style={{ marginBottom: 12 }}
      data-testid="import-report"
      title={t('masterdata.reportTitle', { count: errors.length })}
      description={
        <Table<SheetError>
          size="small"
          pagination={errors.length > 20 ? { pageSize: 20 } : false}
          rowKey={(e) => `${e.row}-${e.column}-${e.code}`}
          dataSource={[...errors]}
          columns={[
            { title: t('masterdata.reportRow'), dataIndex: 'row', width: 70, render: (r: number) => (r > 0 ? r : '') },
            { title: t('masterdata.reportColumn'), dataIndex: 'column', width: 160 },
            { title: t('masterdata.reportProblem'), key: 'p', render: (_: unknown, e) => problem(e) },
          ]}
        />
      }
    />
  );
}
