/** Settings › Backups: the backups folder's files, "back up now", and restore (into a new database). */
import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Card, Flex, Input, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { getDb, previousDatabaseNames, switchDatabase } from '../../db/db';
import { deletePreviousDatabase } from '../../db/restore';
import { BACKUP_KEY_SETTING, setBackupPassphrase } from '../../db/backup-crypto';
import { useLiveSetting } from '../../db/hooks/use-db';
import { MAX_TRANSFER_BYTES, type BackupInfo } from '../../platform/desktop-api';
import { getPlatform } from '../../platform';
import { formatBytes, formatInstant } from '../../ui/format';
import { useSession } from '../../ui/session';
import { backupFailureText, diskFullText, writeBackupNow } from './backup-runner';
import { restoreAndSwitch, restoreErrorText } from './restore-flow';
import { BackUpToButton } from './BackUpToButton';

interface Listing {
  folder: string;
  backups: BackupInfo[];
}

export function BackupsCard() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const { station } = useSession();
  const store = getPlatform().backups;
  const [listing, setListing] = useState<Listing | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [previous, setPrevious] = useState(previousDatabaseNames);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [restorePassphrase, setRestorePassphrase] = useState('');
  const encrypted = useLiveSetting(BACKUP_KEY_SETTING);
  const savePassphrase = () =>
    run(async () => {
      if (passphrase.length < 8) return setError(t('auth.err.passwordShort'));
      if (passphrase !== repeat) return setError(t('auth.err.passwordMismatch'));
      await setBackupPassphrase(getDb(), passphrase);
      setPassphrase('');
      setRepeat('');
      void message.success(t('backups.passphraseSet'));
    });
  const when = (iso: string) => formatInstant(iso, station.timeZone);

  const refresh = useCallback(async () => {
    if (store) setListing(await store.list());
  }, [store]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  const backUpNow = () =>
    run(async () => {
      try {
        const result = await writeBackupNow('manual');
        if (result && !result.ok) setError(diskFullText(t, result));
        else if (result) void message.success(t('backups.done', { name: result.backup.name, size: formatBytes(result.backup.size) }));
        await refresh();
      } catch (e) {
        setError(backupFailureText(t, e));
      }
    });

  const restoreBytes = async (read: () => Promise<Uint8Array>) => {
    await run(async () => {
      try {
        await restoreAndSwitch(await read(), store?.attachments.read, new Date(), restorePassphrase || undefined);
        window.location.reload();
      } catch (e) {
        setError(restoreErrorText(t, e));
      }
    });
  };

  const confirmRestore = (time: string, read: () => Promise<Uint8Array>) => {
    modal.confirm({
      title: t('backups.restoreTitle'),
      content: <span data-testid="restore-explain">{t('backups.restoreBody', { time })}</span>,
      okText: t('backups.restoreOk'),
      cancelText: t('backups.cancel'),
      onOk: () => restoreBytes(read),
    });
  };

  const restoreFromFile = async () => {
    const picked = await getPlatform().openFiles({ accept: '.ckb', multiple: false, maxBytes: MAX_TRANSFER_BYTES });
    if (picked.tooLarge.length > 0) {
      setError(t('backups.error.tooLarge', { max: formatBytes(MAX_TRANSFER_BYTES) }));
      return;
    }
    const file = picked.files[0];
    if (file) confirmRestore(file.name, async () => new Uint8Array(await file.arrayBuffer()));
  };

  const switchBack = (name: string) => {
    switchDatabase(name);
    window.location.reload();
  };

  const confirmDelete = (name: string) => {
    modal.confirm({
      title: t('backups.deleteTitle'),
      content: t('backups.deleteBody', { name }),
      okText: t('backups.deleteOk'),
      okButtonProps: { danger: true },
      cancelText: t('backups.cancel'),
      onOk: async () => {
        await deletePreviousDatabase(name);
        setPrevious(previousDatabaseNames());
      },
    });
  };

  return (
    <Card size="small" title={t('backups.title')} style={{ marginBottom: 12 }} data-testid="backups-card">
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{store ? t('backups.intro') : t('backups.browserOnly')}</Typography.Text>
        <Flex gap={8} wrap>
          {store && <Button loading={busy} onClick={() => void backUpNow()} data-testid="backup-now">{t('backups.backUpNow')}</Button>}
          <BackUpToButton onSaved={(text) => void message.success(text)} />
          <Button disabled={busy} onClick={() => void restoreFromFile()} data-testid="restore-file">{t('backups.restoreFromFile')}</Button>
        </Flex>
        <Typography.Text data-testid="backup-encryption">{encrypted ? t('backups.encrypted') : t('backups.notEncrypted')}</Typography.Text>
        <Flex gap={8} wrap align="center">
          <Input.Password style={{ width: 200 }} aria-label={t('backups.passphrase')} placeholder={t('backups.passphrase')} value={passphrase} onChange={(e) => setPassphrase(e.target.value)} data-testid="backup-passphrase" />
          <Input.Password style={{ width: 200 }} aria-label={t('backups.passphraseRepeat')} placeholder={t('backups.passphraseRepeat')} value={repeat} onChange={(e) => setRepeat(e.target.value)} data-testid="backup-passphrase-repeat" />
          <Button disabled={busy || !passphrase} onClick={() => void savePassphrase()} data-testid="backup-passphrase-save">{t('backups.setPassphrase')}</Button>
        </Flex>
        <Input.Password style={{ width: 408 }} aria-label={t('backups.restorePassphrase')} placeholder={t('backups.restorePassphrase')} value={restorePassphrase} onChange={(e) => setRestorePassphrase(e.target.value)} data-testid="restore-passphrase" />
        {error && <Alert type="error" showIcon message={error} data-testid="backup-error" />}
        {previous.length > 0 && (
          <Flex vertical gap={4} data-testid="previous-databases">
            <Typography.Text strong>{t('backups.previousTitle')}</Typography.Text>
            {previous.map((name) => (
              <Flex key={name} gap={8} align="center">
                <Typography.Text code>{name}</Typography.Text>
                <Button size="small" disabled={busy} onClick={() => switchBack(name)}>{t('backups.switchBack')}</Button>
                <Button size="small" danger disabled={busy} onClick={() => confirmDelete(name)}>{t('backups.deletePrevious')}</Button>
              </Flex>
            ))}
          </Flex>
        )}
        {store && listing && (
          <>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('backups.folder', { folder: listing.folder })}</Typography.Text>
            <Table
              size="small"
              rowKey="name"
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              locale={{ emptyText: t('backups.none') }}
              dataSource={listing.backups}
              onRow={() => ({ 'data-testid': 'backup-row' }) as React.HTMLAttributes<HTMLElement>}
              columns={[
                { title: t('backups.time'), dataIndex: 'createdAt', render: (v: string) => when(v) },
                { title: t('backups.size'), dataIndex: 'size', render: (v: number) => formatBytes(v) },
                {
                  key: 'restore',
                  render: (_: unknown, b: BackupInfo) => (
                    <Button size="small" disabled={busy} data-testid="backup-restore" onClick={() => confirmRestore(when(b.createdAt), () => store.read(b.name))}>
                      {t('backups.restore')}
                    </Button>
                  ),
                },
              ]}
            />
          </>
        )}
      </Flex>
    </Card>
  );
}
