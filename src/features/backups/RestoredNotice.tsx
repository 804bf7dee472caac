/** On the login screen after a restore on a new installation: what was restored, and who should log in. */
import { useEffect, useState } from 'react';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../ui/format';
import { takeRestoredNotice, type RestoredNotice as Notice } from './restore-flow';

export function RestoredNotice({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<Notice | null>(null);
  useEffect(() => {
    void takeRestoredNotice().then((n) => {
      if (n) setNotice(n);
    });
  }, []);
  if (!notice) return null;
  return <Alert type="success" showIcon style={{ marginBottom: 12 }} data-testid="restored-notice"
    title={t('backups.restoredLogin', { station: notice.station, time: formatInstant(notice.createdAt, timeZone) })} />;
}
