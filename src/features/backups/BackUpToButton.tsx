/** "Back up to…": asks for the passphrase of this file, then saves one self-contained backup (a download, or the save dialog). */
import { useState } from 'react';
import { Alert, Button, Flex, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { getDb } from '../../db/db';
import { useSession } from '../../ui/session';
import { MIN_BACKUP_PASSPHRASE } from '../../db/backup-crypto';
import { getPlatform } from '../../platform';
import { formatBytes } from '../../ui/format';
import { backUpToFile } from './back-up-to';
import { backupFailureText } from './backup-runner';

/** Why the two typed passphrases cannot seal a file, or null. Pure, for the form. */
export function passphraseProblem(passphrase: string, repeat: string): 'passphraseShort' | 'passphraseMismatch' | null {
  if (passphrase.length < MIN_BACKUP_PASSPHRASE) return 'passphraseShort';
  if (passphrase !== repeat) return 'passphraseMismatch';
  return null;
}

export function BackUpToButton({ onSaved }: { onSaved(text: string): void }) {
  const { t } = useTranslation();
  const { person, station } = useSession();
  const [open, setOpen] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setOpen(false);
    setPassphrase('');
    setRepeat('');
    setError(null);
  };
  const save = async () => {
    const problem = passphraseProblem(passphrase, repeat);
    if (problem) return setError(t(`backups.${problem}`));
    setBusy(true);
    setError(null);
    try {
      const result = await backUpToFile(getDb(), { passphrase, actor: { id: person.id, name: person.name }, station }, getPlatform());
      close();
      // Cancelled in the save dialog: nothing was written, nothing to say.
      if (result.saved) onSaved(t('backups.savedTo', { name: result.path ?? result.name, size: formatBytes(result.size) }));
    } catch (e) {
      setError(backupFailureText(t, e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)} data-testid="backup-to">{t('backups.backUpTo')}</Button>
      <Modal open={open} title={t('backups.backUpToTitle')} okText={t('backups.backUpToOk')} cancelText={t('backups.cancel')}
        confirmLoading={busy} onOk={() => void save()} onCancel={close} destroyOnHidden>
        <Flex vertical gap={8} data-testid="backup-to-dialog">
          <Typography.Paragraph type="secondary">{t('backups.backUpToBody')}</Typography.Paragraph>
          <Input.Password aria-label={t('backups.filePassphrase')} placeholder={t('backups.filePassphrase')} value={passphrase} onChange={(e) => setPassphrase(e.target.value)} data-testid="backup-to-passphrase" />
          <Input.Password aria-label={t('backups.passphraseRepeat')} placeholder={t('backups.passphraseRepeat')} value={repeat} onChange={(e) => setRepeat(e.target.value)} data-testid="backup-to-repeat" />
          {error && <Alert type="error" showIcon title={error} data-testid="backup-to-error" />}
        </Flex>
      </Modal>
    </>
  );
}
