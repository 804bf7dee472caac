import { useState } from 'react';
import { App, Button, Card, Flex, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { getDb } from '../../db/db';
import { getPlatform } from '../../platform';
import { buildExport, markExported, type ExportMode } from '../../sync/export';
import type { SyncProgress } from '../../sync/progress';
import { syncErrorText } from './sync-error-text';
import { SyncProgressBar } from './SyncProgressBar';

/** Where a manual export goes; the sync folder uses its own destination key. */
const FILE_DESTINATION = 'file';

export function ExportCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [mode, setMode] = useState<ExportMode>('since');
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  // Stays on screen, complete, after the export: the user sees it finished.
  const [progress, setProgress] = useState<SyncProgress | null>(null);

  const run = async () => {
    setBusy(true);
    setProgress(null);
    try {
      const db = getDb();
      const out = await buildExport(db, { destination: FILE_DESTINATION, mode, passphrase: passphrase || undefined, onProgress: setProgress });
      if (out.changes === 0 && out.attachments === 0) {
        void message.info(t('sync.export.nothing'));
        return;
      }
      const saved = await getPlatform().saveFile(out.fileName, out.bytes, 'application/octet-stream');
      if (!saved.saved) return;
      await markExported(db, FILE_DESTINATION, out.toSeq);
      void message.success(t('sync.export.done', { changes: out.changes, attachments: out.attachments, file: out.fileName }));
    } catch (e) {
      setProgress(null);
      void message.error(syncErrorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title={t('sync.export.title')} style={{ marginBottom: 12 }}>
      <Flex vertical gap={8}>
        <Radio.Group value={mode} onChange={(e) => setMode(e.target.value as ExportMode)} aria-label={t('sync.export.title')}>
          <Radio value="since">{t('sync.export.since')}</Radio>
          <Radio value="all">{t('sync.export.all')}</Radio>
        </Radio.Group>
        <label>
          {t('sync.export.passphrase')}
          <Input.Password
            aria-label={t('sync.export.passphrase')}
            data-testid="export-passphrase"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            autoComplete="new-password"
            style={{ maxWidth: 320, marginLeft: 8 }}
          />
        </label>
        <Typography.Text type="secondary">{t('sync.export.passphraseHint')}</Typography.Text>
        <div>
          <Button type="primary" loading={busy} onClick={() => void run()} data-testid="export-button">
            {t('sync.export.button')}
          </Button>
        </div>
        {progress && <SyncProgressBar progress={progress} testId="export-progress" />}
      </Flex>
    </Card>
  );
}
