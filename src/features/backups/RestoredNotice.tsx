/** On the login screen after a restore on a new installation: what was restored, and who should log in. */
import { useEffect, useState } from 'react';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../ui/format';
import type { RestoredNotice as Notice } from './restore-flow';
import { RESTORED_NOTICE_KEY } from './restored-notice-key';

export function RestoredNotice({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<Notice | null>(null);
  useEffect(() => {
    // The restore code (zip, crypto) loads only after a restore: every other start skips it.
    if (typeof sessionStorage === 'undefined' || !sessionStorage.getItem(RESTORED_NOTICE_KEY)) return;
    void import('./restore-flow')
      .then((m) => m.takeRestoredNotice())
      .then((n) => {
        if (n) setNotice(n);
      });
  }, []);
  if (!notice) return null;
  return <Alert type="success" showIcon style={{ marginBottom: 12 }} data-testid="restored-notice"
    title={t('backups.restoredLogin', { station: notice.station, time: formatInstant(notice.createdAt, timeZone) })} />;
}
