import { useEffect, useState, useSyncExternalStore } from 'react';
import { Alert, App, Button, Card, Descriptions, Flex, Switch, Table, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { getPlatform, type SyncFolderAccess } from '../../platform';
import { SyncError } from '../../sync/errors';
import { stationCandidateOf } from '../../sync/station-trust';
import { enrolStation } from '../../db/repositories/station-keys';
import { getDb } from '../../db/db';
import { StationToEnrol } from './StationToEnrol';
import { ImportBlocked, ownSubfolder } from '../../sync/sync-folder';
import { formatInstant } from '../../ui/format';
import { useSession } from '../../ui/session';
import { syncErrorText } from './sync-error-text';
import { PassphrasePair } from './PassphrasePair';
import {
  folderPassphrase, folderSyncState, setFolderAutoSync, setFolderPassphrase, subscribeFolderSync, syncFolderNow, type LastSync,
} from './folder-sync-runner';

/** Refusals of the shell's folder service cross IPC as "… sync folder: <code>"; anything else means the folder is unreachable. */
const FOLDER_REFUSALS = ['noFolder', 'notOwnSubfolder', 'badPath', 'outsideRoot', 'notAFile', 'tooLarge'] as const;

function folderErrorText(t: TFunction, e: unknown): string {
  if (e instanceof SyncError) return syncErrorText(t, e);
  if (e instanceof ImportBlocked) return e.message;
  const text = e instanceof Error ? e.message : String(e);
  const code = FOLDER_REFUSALS.find((c) => text.includes(`sync folder: ${c}`));
  return code ? t(`sync.folder.error.${code}`) : t('sync.folder.error.unavailable', { message: text });
}

/** The sync folder: choose it, sync now (push then pull), sync on changes, and what the last sync did. */
export function SyncFolderCard() {
  const { t } = useTranslation();
  const folder = getPlatform().syncFolder;
  return (
    <Card size="small" title={t('sync.folder.title')} style={{ marginBottom: 12 }} data-testid="sync-folder-card">
      {folder ? <FolderPanel folder={folder} /> : <Alert type="info" showIcon message={t('sync.folder.desktopOnly')} data-testid="sync-folder-desktop-only" />}
    </Card>
  );
}

function FolderPanel({ folder }: { folder: SyncFolderAccess }) {
  const { t } = useTranslation();
  const { station } = useSession();
  const [path, setPath] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState(folderPassphrase);
  // Typed twice: it takes effect (and waiting syncs run) only once both fields agree.
  const [repeat, setRepeat] = useState(folderPassphrase);
  const mismatch = passphrase !== repeat;
  const changePassphrase = (value: string, again: string) => {
    setPassphrase(value);
    setRepeat(again);
    setFolderPassphrase(value, value === again);
  };
  const { busy, auto, last, error: syncError } = useSyncExternalStore(subscribeFolderSync, folderSyncState);
  const [error, setError] = useState<string | null>(null);
  const shownError = error ?? (syncError ? folderErrorText(t, syncError) : null);

  useEffect(() => {
    let live = true;
    folder.current().then(
      (p) => live && setPath(p),
      (e: unknown) => live && setError(folderErrorText(t, e)),
    );
    return () => {
      live = false;
    };
  }, [folder, t]);

  const sync = () => {
    setError(null);
    void syncFolderNow(folder);
  };

  const choose = async () => {
    setError(null);
    try {
      const chosen = await folder.choose();
      setPath(chosen);
      // A new folder: the watcher follows it.
      if (chosen && folderSyncState().auto) await setFolderAutoSync(true, folder);
    } catch (e) {
      setError(folderErrorText(t, e));
    }
  };

  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">{t('sync.folder.hint')}</Typography.Text>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('sync.folder.path')}>
          <span data-testid="sync-folder-path">{path ?? t('sync.folder.none')}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('sync.folder.subfolder')}>
          <span data-testid="sync-folder-subfolder">{ownSubfolder(station)}</span>
        </Descriptions.Item>
      </Descriptions>
      <PassphrasePair
        label={t('sync.folder.passphrase')}
        value={passphrase}
        repeat={repeat}
        onChange={changePassphrase}
        testId="sync-folder-passphrase"
        mismatchText={t('sync.export.mismatch')}
      />
      {mismatch && <Typography.Text type="secondary" data-testid="sync-folder-passphrase-waiting">{t('sync.folder.passphraseWaiting')}</Typography.Text>}
      <Typography.Text type="secondary">{t('sync.folder.passphraseHint')}</Typography.Text>
      <Flex gap={8} align="center" wrap>
        <Button onClick={() => void choose()} data-testid="sync-folder-choose">
          {path ? t('sync.folder.change') : t('sync.folder.choose')}
        </Button>
        <Button type="primary" disabled={!path || mismatch} loading={busy} onClick={sync} data-testid="sync-folder-sync">
          {t('sync.folder.syncNow')}
        </Button>
        <label>
          <Switch size="small" checked={auto} disabled={!path} onChange={(on) => void setFolderAutoSync(on, folder)} data-testid="sync-folder-auto" aria-label={t('sync.folder.auto')} />{' '}
          {t('sync.folder.auto')}
        </label>
      </Flex>
      {shownError && <Alert type="error" showIcon message={t('sync.folder.error.title')} description={shownError} data-testid="sync-folder-error" />}
      {last && <LastSyncView last={last} onEnrolled={sync} />}
    </Flex>
  );
}

/** The stations whose files were refused as not enrolled (or enrolled with another key): one entry per station. */
function stationsToEnrol(last: LastSync) {
  const out = new Map<string, { error: SyncError; keyChanged: boolean }>();
  for (const r of last.pull.refused) {
    if ((r.code !== 'stationNotEnrolled' && r.code !== 'stationKeyChanged') || !r.params) continue;
    const error = new SyncError(r.code, r.params);
    out.set(stationCandidateOf(error).id, { error, keyChanged: r.code === 'stationKeyChanged' });
  }
  return [...out.values()];
}

function LastSyncView({ last, onEnrolled }: { last: LastSync; onEnrolled: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { station, actor, can } = useSession();
  // An administrator here enrols the station (fingerprint compared by telephone); the next sync reads its files again.
  const enrol = async (e: SyncError) => {
    const candidate = stationCandidateOf(e);
    await enrolStation(getDb(), station, actor, candidate);
    void message.success(t('sync.enrol.done', { station: candidate.code }));
    onEnrolled();
  };
  return (
    <Flex vertical gap={8} data-testid="sync-folder-result">
      <Typography.Text strong>{t('sync.folder.lastAt', { at: formatInstant(last.at, station.timeZone) })}</Typography.Text>
      <Typography.Text data-testid="sync-folder-pushed">
        {last.pushed ? t('sync.folder.pushed', { file: last.pushed }) : t('sync.folder.pushedNothing')}
      </Typography.Text>
      {last.pull.imported.length > 0 && (
        <Table
          size="small"
          pagination={false}
          title={() => t('sync.folder.imported')}
          data-testid="sync-folder-imported"
          rowKey="path"
          dataSource={last.pull.imported}
          columns={[
            { title: t('sync.folder.file'), dataIndex: 'path' },
            { title: t('sync.folder.changes'), dataIndex: 'changes' },
            { title: t('sync.folder.conflicts'), dataIndex: 'conflicts' },
          ]}
        />
      )}
      {last.pull.refused.length > 0 && (
        <Table
          size="small"
          pagination={false}
          title={() => t('sync.folder.refused')}
          data-testid="sync-folder-refused"
          rowKey="path"
          dataSource={last.pull.refused.map((r) => ({ path: r.path, reason: syncErrorText(t, new SyncError(r.code, r.params)) }))}
          columns={[
            { title: t('sync.folder.file'), dataIndex: 'path' },
            { title: t('sync.folder.reason'), dataIndex: 'reason' },
          ]}
        />
      )}
      {stationsToEnrol(last).map(({ error, keyChanged }) => (
        <StationToEnrol
          key={String(error.params.stationId)}
          station={stationCandidateOf(error)}
          fingerprint={String(error.params.fingerprint)}
          keyChanged={keyChanged}
          canEnrol={can('people.manage')}
          onEnrol={() => enrol(error)}
        />
      ))}
      <Typography.Text type="secondary" data-testid="sync-folder-unchanged">
        {t('sync.folder.unchanged', { count: last.pull.unchanged })}
      </Typography.Text>
    </Flex>
  );
}
