import { useState } from 'react';
import { App, Button, Card, Checkbox, Flex, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { getDb } from '../../db/db';
import { getPlatform } from '../../platform';
import { FILE_DESTINATION, markExported, prepareExport, stationDestination, type ExportMode } from '../../sync/export';
import { useKnownStations, usePendingChanges } from '../../db/hooks/use-sync';
import type { SyncProgress } from '../../sync/progress';
import { syncErrorText } from './sync-error-text';
import { SyncProgressBar } from './SyncProgressBar';
import { PassphrasePair } from './PassphrasePair';
import { useSession } from '../../ui/session';

export function ExportCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [mode, setMode] = useState<ExportMode>('since');
  const [destination, setDestination] = useState(FILE_DESTINATION);
  const [passphrase, setPassphrase] = useState('');
  // A mistyped passphrase makes a bundle nobody can open: it is typed twice.
  const [repeat, setRepeat] = useState('');
  const mismatch = repeat !== passphrase;
  // Bundles are encrypted by default: customer data on a lost stick stays unreadable. Only a role
  // allowed to export in plain text may, and only after saying so.
  const plain = passphrase === '' && repeat === '';
  const [plainConfirmed, setPlainConfirmed] = useState(false);
  const { can } = useSession();
  const known = useKnownStations();
  const pending = usePendingChanges(destination);
  const destinations = [
    { value: FILE_DESTINATION, label: t('sync.export.anyStation') },
    ...Object.entries(known)
      .sort(([, a], [, b]) => (a < b ? -1 : 1))
      .map(([id, code]) => ({ value: stationDestination(id), label: t('sync.export.forStation', { code }) })),
  ];
  const [busy, setBusy] = useState(false);
  // Stays on screen, complete, after the export: the user sees it finished.
  const [progress, setProgress] = useState<SyncProgress | null>(null);
  /** Which file of a large export is being built ("2 / 3"), when there are several. */
  const [part, setPart] = useState<{ k: number; n: number } | null>(null);

  const run = async () => {
    if (mismatch) return;
    setBusy(true);
    setProgress(null);
    setPart(null);
    try {
      const db = getDb();
      const job = await prepareExport(db, { destination, mode, passphrase: passphrase || undefined, onProgress: setProgress });
      if (job.changes === 0 && job.attachments === 0) {
        void message.info(t('sync.export.nothing'));
        return;
      }
      const names: string[] = [];
      for (let k = 1; k <= job.parts; k++) {
        if (job.parts > 1) setPart({ k, n: job.parts });
        const out = await job.build(k);
        const saved = await getPlatform().saveFile(out.fileName, out.bytes, 'application/octet-stream');
        if (!saved.saved) {
          // The mark stays: the next export 'since' carries all of it again.
          if (k > 1) void message.warning(t('sync.export.partial', { saved: k - 1, parts: job.parts }));
          return;
        }
        names.push(out.fileName);
      }
      await markExported(db, destination, job.toSeq);
      const file = job.parts > 1 ? t('sync.export.files', { count: job.parts, first: names[0] ?? '' }) : (names[0] ?? '');
      void message.success(t('sync.export.done', { changes: job.changes, attachments: job.attachments, file }));
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
        <Flex gap={8} align="center" wrap>
          <span>{t('sync.export.destination')}</span>
          <Select
            aria-label={t('sync.export.destination')}
            data-testid="export-destination"
            value={destination}
            onChange={setDestination}
            options={destinations}
            style={{ minWidth: 220 }}
          />
          {mode === 'since' && pending !== undefined && (
            <Typography.Text type="secondary" data-testid="export-pending">{t('sync.export.pending', { count: pending })}</Typography.Text>
          )}
        </Flex>
        <Typography.Text type="secondary">{t('sync.export.destinationHint')}</Typography.Text>
        <PassphrasePair
          label={t('sync.export.passphrase')}
          value={passphrase}
          repeat={repeat}
          onChange={(value, again) => {
            setPassphrase(value);
            setRepeat(again);
          }}
          testId="export-passphrase"
          mismatchText={t('sync.export.mismatch')}
        />
        <Typography.Text type="secondary">{t('sync.export.passphraseHint')}</Typography.Text>
        {plain && (can('sync.exportPlain') ? (
          <Checkbox checked={plainConfirmed} onChange={(e) => setPlainConfirmed(e.target.checked)} data-testid="export-plain-confirm">
            {t('sync.export.plainConfirm')}
          </Checkbox>
        ) : (
          <Typography.Text type="warning" data-testid="export-needs-passphrase">{t('sync.export.needsPassphrase')}</Typography.Text>
        ))}
        <div>
          <Button type="primary" loading={busy} disabled={mismatch || (plain && !(can('sync.exportPlain') && plainConfirmed))} onClick={() => void run()} data-testid="export-button">
            {t('sync.export.button')}
          </Button>
        </div>
        {part && <Typography.Text data-testid="export-part">{t('sync.export.part', { k: part.k, n: part.n })}</Typography.Text>}
        {progress && <SyncProgressBar progress={progress} testId="export-progress" />}
      </Flex>
    </Card>
  );
}
