import { useEffect, useRef, useState } from 'react';
import { DestructiveReview, needsConfirmation } from './DestructiveReview';
import { folderPassphrase } from './folder-sync-runner';
import { Alert, App, Button, Card, Checkbox, Descriptions, Flex, Input, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { getDb } from '../../db/db';
import { getPlatform } from '../../platform';
import type { ImportPreview } from '../../sync/import';
import { createImportClient, type ImportClient } from '../../sync/import-client';
import { isEncryptedBundle } from '../../sync/passphrase-envelope';
import { DEFAULT_LIMITS } from '../../sync/limits';
import { MAX_TRANSFER_BYTES } from '../../platform/desktop-api';
import { SyncError } from '../../sync/errors';
import { formatInstant } from '../../ui/format';
import { useSession } from '../../ui/session';
import type { SyncProgress } from '../../sync/progress';
import { syncErrorText } from './sync-error-text';
import { isAuditWarning, isBrokenChain } from '../../sync/audit-continuity';
import { SyncProgressBar } from './SyncProgressBar';
import { backupBeforeImport } from '../backups/backup-runner';
import { trustAdministrator } from '../../db/repositories/accounts';
import { enrolStation, type StationCandidate } from '../../db/repositories/station-keys';
import { stationCandidateOf } from '../../sync/station-trust';
import { StationToEnrol } from './StationToEnrol';

/**
 * The largest bundle a user can pick: the shell hands over at most MAX_TRANSFER_BYTES per file
 * (asking for more is refused by its IPC schema), and our exports split into parts below it.
 */
const MAX_PICK_BYTES = Math.min(DEFAULT_LIMITS.maxFileBytes, MAX_TRANSFER_BYTES);

type Step =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'locked'; bytes: Uint8Array; wrong: string | null }
  | { kind: 'preview'; preview: ImportPreview }
  | { kind: 'error'; text: string; trust?: { personId: string; keyId: string; bytes: Uint8Array; pass?: string }; enrol?: UnknownStation };

/** A station this one has not enrolled (or whose key changed): what an administrator compares and enrols. */
interface UnknownStation {
  candidate: StationCandidate;
  fingerprint: string;
  keyChanged: boolean;
  bytes: Uint8Array;
  pass?: string;
}

export function ImportCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { station, actor, can } = useSession();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [passphrase, setPassphrase] = useState('');
  const [importing, setImporting] = useState(false);
  const [progress, setProgress] = useState<SyncProgress>({ phase: 'unzipping', done: 0, total: 1 });
  // The import worker of the bundle being read or imported (sync/import-client): one per file.
  const client = useRef<ImportClient | null>(null);
  const stopped = useRef(false);
  const closeClient = () => {
    client.current?.close();
    client.current = null;
  };
  useEffect(() => closeClient, []);

  // Unzip, decrypt, hash, validate and plan in the import worker, off this page's thread, before any transaction.
  const open = async (bytes: Uint8Array, pass?: string) => {
    closeClient();
    setProgress({ phase: 'unzipping', done: 0, total: 1 });
    setStep({ kind: 'reading' });
    const session = createImportClient(getDb(), { station });
    client.current = session;
    try {
      // The station's bundle passphrase (set for its sync folder): a plaintext bundle is refused here too.
      const preview = await session.open({ bytes, passphrase: pass, requireEncrypted: folderPassphrase() !== '' }, setProgress);
      setStep({ kind: 'preview', preview });
    } catch (e) {
      closeClient();
      if (e instanceof SyncError && (e.code === 'wrongPassphrase' || e.code === 'passphraseRequired')) {
        setStep({ kind: 'locked', bytes, wrong: e.code === 'wrongPassphrase' ? syncErrorText(t, e) : null });
      } else if (e instanceof SyncError && (e.code === 'stationNotEnrolled' || e.code === 'stationKeyChanged')) {
        const enrol = { candidate: stationCandidateOf(e), fingerprint: String(e.params.fingerprint), keyChanged: e.code === 'stationKeyChanged', bytes, pass };
        setStep({ kind: 'error', text: syncErrorText(t, e), enrol });
      } else if (e instanceof SyncError && e.code === 'untrustedAdmin') {
        setStep({ kind: 'error', text: syncErrorText(t, e), trust: { personId: String(e.params.personId), keyId: String(e.params.keyId), bytes, pass } });
      } else {
        setStep({ kind: 'error', text: syncErrorText(t, e) });
      }
    }
  };

  // An administrator here trusts the other station's administrator (fingerprint compared), then the same file is read again.
  const trust = async (root: { personId: string; keyId: string; bytes: Uint8Array; pass?: string }) => {
    await trustAdministrator(getDb(), station, actor, root);
    await open(root.bytes, root.pass);
  };

  // An administrator here enrols the other station (fingerprint compared by telephone), then the preview runs again.
  const enrol = async (unknown: UnknownStation) => {
    await enrolStation(getDb(), station, actor, unknown.candidate);
    void message.success(t('sync.enrol.done', { station: unknown.candidate.code }));
    await open(unknown.bytes, unknown.pass);
  };

  const choose = async () => {
    const picked = await getPlatform().openFiles({ accept: '.ckd,.zip', multiple: false, maxBytes: MAX_PICK_BYTES });
    if (picked.tooLarge.length > 0) {
      setStep({ kind: 'error', text: syncErrorText(t, new SyncError('fileTooLarge', { max: MAX_PICK_BYTES })) });
      return;
    }
    const file = picked.files[0];
    if (!file) return;
    setPassphrase('');
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (isEncryptedBundle(bytes)) setStep({ kind: 'locked', bytes, wrong: null });
    else await open(bytes);
  };

  const confirm = async (destructiveConfirmed: boolean, brokenChainAccepted: boolean) => {
    const session = client.current;
    if (!session) return;
    setImporting(true);
    stopped.current = false;
    setProgress({ phase: 'planning', done: 0, total: 1 });
    try {
      // Durability: a backup of everything first; a full disk or a failed backup cancels the import.
      const refused = await backupBeforeImport(t);
      if (refused) return setStep({ kind: 'error', text: refused });
      // Stopped while the backup ran: the import never starts.
      if (stopped.current) throw new SyncError('cancelled');
      const result = await session.apply({ confirmedBy: destructiveConfirmed ? actor : undefined, acceptBrokenChainBy: brokenChainAccepted ? actor : undefined }, setProgress);
      void message.success(t('sync.import.done', { changes: result.newChanges, conflicts: result.conflicts }));
      setStep({ kind: 'idle' });
    } catch (e) {
      setStep({ kind: 'error', text: syncErrorText(t, e) });
    } finally {
      closeClient();
      setImporting(false);
    }
  };

  // Stops the worker's current step: reading stops at its next step, an import before its transaction commits.
  const stop = () => {
    stopped.current = true;
    client.current?.cancel();
  };
  const running = step.kind === 'reading' || importing;

  return (
    <Card size="small" title={t('sync.import.title')} style={{ marginBottom: 12 }}>
      <Flex vertical gap={8}>
        <div>
          <Button onClick={() => void choose()} disabled={running} data-testid="import-choose">{t('sync.import.choose')}</Button>
        </div>
        {step.kind === 'reading' && <SyncProgressBar progress={progress} testId="import-progress" />}
        {step.kind === 'error' && (
          <Alert type="error" showIcon message={t('sync.error.title')} description={step.text} data-testid="sync-error"
            action={step.trust && can('people.manage') ? <Button onClick={() => void trust(step.trust!)} data-testid="trust-admin">{t('sync.export.trustAdmin')}</Button> : undefined} />
        )}
        {step.kind === 'error' && step.enrol && <StationToEnrol station={step.enrol.candidate} fingerprint={step.enrol.fingerprint} keyChanged={step.enrol.keyChanged} canEnrol={can('people.manage')} onEnrol={() => enrol(step.enrol!)} />}
        {step.kind === 'locked' && (
          <Flex gap={8} align="center" wrap>
            <span>{t('sync.import.passphrase')}</span>
            <Input.Password aria-label={t('sync.import.passphrase')} data-testid="import-passphrase" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} style={{ maxWidth: 280 }} onPressEnter={() => void open(step.bytes, passphrase)} />
            <Button type="primary" onClick={() => void open(step.bytes, passphrase)}>{t('sync.import.decrypt')}</Button>
            {step.wrong && <Alert type="error" showIcon message={step.wrong} data-testid="sync-error" />}
          </Flex>
        )}
        {step.kind === 'preview' && <PreviewView preview={step.preview} busy={importing} onConfirm={(ok, accepted) => void confirm(ok, accepted)} onCancel={() => { closeClient(); setStep({ kind: 'idle' }); }} />}
        {importing && <SyncProgressBar progress={progress} testId="import-progress" />}
        {running && (
          <div>
            <Button danger onClick={stop} data-testid="import-stop">{t('sync.import.stop')}</Button>
          </div>
        )}
      </Flex>
    </Card>
  );
}

function PreviewView({ preview, busy, onConfirm, onCancel }: { preview: ImportPreview; busy: boolean; onConfirm: (destructiveConfirmed: boolean, brokenChainAccepted: boolean) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [confirmed, setConfirmed] = useState(false);
  const [accepted, setAccepted] = useState(false);
  const { station, can } = useSession();
  const broken = isBrokenChain(preview.audit);
  const formatDateTime = (iso: string) => formatInstant(iso, station.timeZone);
  const rows = Object.entries(preview.tables).map(([table, c]) => ({ key: table, table: t(`sync.tables.${table}`), ...c }));
  const nothing = preview.newChanges === 0 && preview.attachmentsNew === 0;
  return (
    <div data-testid="import-preview">
      <Descriptions size="small" column={2} title={t('sync.import.preview')} bordered>
        <Descriptions.Item label={t('sync.import.from')}>{preview.station.code}</Descriptions.Item>
        <Descriptions.Item label={t('sync.import.createdAt')}>{formatDateTime(preview.createdAt)}</Descriptions.Item>
        <Descriptions.Item label={t('sync.import.conflicts')}><span data-testid="preview-conflicts">{preview.conflicts}</span></Descriptions.Item>
        <Descriptions.Item label={t('sync.import.attachments')}>{preview.attachmentsNew}</Descriptions.Item>
        <Descriptions.Item label={t('sync.import.skipped')} span={2}>{preview.skipped}</Descriptions.Item>
      </Descriptions>
      {preview.sameStationCode && (
        <Alert
          style={{ marginTop: 8 }}
          type="warning"
          showIcon
          data-testid="import-same-code"
          message={t('sync.import.sameCode.title')}
          description={t('sync.import.sameCode.text', { code: preview.station.code })}
        />
      )}
      {isAuditWarning(preview.audit) && (
        <Alert
          style={{ marginTop: 8 }}
          type={preview.audit.kind === 'gap' ? 'info' : 'warning'}
          showIcon
          data-testid="import-audit-warning"
          message={t('sync.import.audit.title')}
          description={t(`sync.import.audit.${preview.audit.kind}`, {
            station: preview.station.code,
            at: 'lastSeenAt' in preview.audit ? formatDateTime(preview.audit.lastSeenAt) : '',
            entry: 'entry' in preview.audit ? preview.audit.entry : '',
          })}
        />
      )}
      {rows.length > 0 && (
        <Table
          size="small"
          pagination={false}
          style={{ marginTop: 8 }}
          dataSource={rows}
          columns={[
            { title: t('sync.import.table'), dataIndex: 'table' },
            { title: t('sync.import.created'), dataIndex: 'created' },
            { title: t('sync.import.updated'), dataIndex: 'updated' },
          ]}
        />
      )}
      {broken && (can('people.manage')
        ? <Checkbox style={{ marginTop: 8 }} checked={accepted} onChange={(e) => setAccepted(e.target.checked)} data-testid="import-accept-broken">{t('sync.export.acceptBrokenChain')}</Checkbox>
        : <Typography.Paragraph type="danger" style={{ marginTop: 8 }} data-testid="import-broken-admin-only">{t('sync.export.acceptBrokenChainAdminOnly')}</Typography.Paragraph>)}
      <DestructiveReview preview={preview} confirmed={confirmed} onConfirmed={setConfirmed} />
      {nothing && (
        <Alert
          style={{ marginTop: 8 }}
          type="info"
          showIcon
          data-testid="import-nothing-new"
          message={preview.importedBefore ? t('sync.import.importedBefore', { at: formatDateTime(preview.importedBefore) }) : t('sync.import.nothingNew')}
        />
      )}
      <Flex gap={8} style={{ marginTop: 8 }}>
        <Button type="primary" disabled={nothing || (needsConfirmation(preview) && !confirmed) || (broken && !accepted)} loading={busy} onClick={() => onConfirm(confirmed, accepted)} data-testid="import-confirm">{t('sync.import.confirm')}</Button>
        <Button onClick={onCancel}>{t('sync.import.cancel')}</Button>
      </Flex>
    </div>
  );
}
