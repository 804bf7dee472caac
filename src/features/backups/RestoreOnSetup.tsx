/**
 * On the set-up screen of a new installation, before any administrator exists:
 * restore a backup file ("Back up to…") with its passphrase. Nothing is written
 * on a wrong passphrase or a damaged file; on success the app reloads onto the
 * restored data and the administrator logs in with the restored account.
 */
import { useState } from 'react';
import { Alert, Button, Card, Flex, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MAX_TRANSFER_BYTES } from '../../platform/desktop-api';
import { getPlatform } from '../../platform';
import { formatBytes } from '../../ui/format';
import { restoreErrorText, restoreOnNewInstallation } from './restore-flow';

export function RestoreOnSetup() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const choose = async () => {
    setError(null);
    const picked = await getPlatform().openFiles({ accept: '.ckb', multiple: false, maxBytes: MAX_TRANSFER_BYTES });
    if (picked.tooLarge.length > 0) return setError(t('backups.error.tooLarge', { max: formatBytes(MAX_TRANSFER_BYTES) }));
    setFile(picked.files[0] ?? null);
  };
  const restore = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      await restoreOnNewInstallation(new Uint8Array(await file.arrayBuffer()), passphrase, getPlatform().backups?.attachments.read);
      window.location.reload();
    } catch (e) {
      setError(restoreErrorText(t, e));
      setBusy(false);
    }
  };
  return (
    <Card size="small" title={t('backups.setup.title')} style={{ marginTop: 16 }} data-testid="setup-restore">
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t('backups.setup.body')}</Typography.Text>
        <Flex gap={8} align="center" wrap>
          <Button disabled={busy} onClick={() => void choose()} data-testid="setup-restore-choose">{t('backups.setup.choose')}</Button>
          {file && <Typography.Text data-testid="setup-restore-file">{t('backups.setup.file', { name: file.name })}</Typography.Text>}
        </Flex>
        {file && (
          <Flex gap={8} align="center" wrap>
            <Input.Password style={{ width: 240 }} aria-label={t('backups.setup.passphrase')} placeholder={t('backups.setup.passphrase')} value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)} onPressEnter={() => void restore()} data-testid="setup-restore-passphrase" />
            <Button type="primary" loading={busy} onClick={() => void restore()} data-testid="setup-restore-go">{busy ? t('backups.restoring') : t('backups.setup.restore')}</Button>
          </Flex>
        )}
        {error && <Alert role="alert" type="error" showIcon title={error} data-testid="setup-restore-error" />}
      </Flex>
    </Card>
  );
}
