/** "Reopen" with a reason, for records that are read-only once closed, approved or settled. */
import { useState } from 'react';
import { Alert, Button, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

export function ReopenButton({ label, onReopen, errorText }: { label: string; onReopen(reason: string): Promise<void>; errorText(e: unknown): string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const reopen = async () => {
    try {
      await onReopen(reason);
      setOpen(false);
      setReason('');
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <>
      <Button danger onClick={() => setOpen(true)} data-testid="reopen">{label}</Button>
      <Modal open={open} title={label} onOk={() => void reopen()} onCancel={() => setOpen(false)} okText={label} cancelText={t('common.cancel')} destroyOnHidden>
        <label htmlFor="reopen-reason">{t('auth.reopenReason')}</label>
        <Input.TextArea id="reopen-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
        {error && <Alert type="error" role="alert" title={error} style={{ marginTop: 8 }} />}
      </Modal>
    </>
  );
}
