/**
 * The deletions and closures a bundle would make, shown in the import preview.
 * Above the plant's threshold the import waits for a person allowed to delete
 * records (an administrator or the QA manager by default) to tick the box;
 * the import then records who confirmed it in the audit trail.
 */
import { Alert, Checkbox, List } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../sync/import';
import { useSession } from '../../ui/session';

/** Rows listed; the rest are counted. */
const SHOWN = 20;

export function needsConfirmation(preview: ImportPreview): boolean {
  return preview.destructive.length > preview.confirmAbove;
}

export function DestructiveReview({ preview, confirmed, onConfirmed }: { preview: ImportPreview; confirmed: boolean; onConfirmed: (v: boolean) => void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const list = preview.destructive;
  if (list.length === 0) return null;
  const needs = needsConfirmation(preview);
  return (
    <Alert
      style={{ marginTop: 8 }}
      type={needs ? 'error' : 'warning'}
      showIcon
      data-testid="import-destructive"
      message={`${t('sync.destructive.title')} (${list.length})`}
      description={
        <>
          <List
            size="small"
            dataSource={list.slice(0, SHOWN)}
            renderItem={(d) => <List.Item style={{ padding: '2px 0' }}>{t(`sync.tableKinds.${d.table}`)} {d.label} · {t(`sync.destructive.${d.kind}`)}</List.Item>}
          />
          {list.length > SHOWN && <div>{t('sync.destructive.more', { count: list.length - SHOWN })}</div>}
          {needs && <div style={{ marginTop: 4 }}>{t('sync.destructive.needsAdmin', { max: preview.confirmAbove })}</div>}
          {needs && can('record.delete') && (
            <Checkbox checked={confirmed} onChange={(e) => onConfirmed(e.target.checked)} data-testid="import-destructive-confirm" style={{ marginTop: 4 }}>
              {t('sync.destructive.confirm')}
            </Checkbox>
          )}
        </>
      }
    />
  );
}
