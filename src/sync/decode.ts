/**
 * Untrusted bytes → a validated bundle, or a SyncError with a specific code.
 * Everything here happens before any database transaction: decrypt, unzip with
 * caps, hash, parse and validate. Nothing is written unless all of it passes.
 */
import { DERIVED_FIELDS } from '../domain/complaint/record';
import { RETURN_DERIVED_FIELDS } from '../db/repositories/returns-row';
import type { SyncChange } from '../domain/merge/conflicts';
import type { AuditEntry } from '../domain/audit/audit-chain';
import type { Json } from '../domain/merge/field-paths';
import { isSafePath } from '../domain/merge/apply-change';
import { decodeHlc } from '../domain/merge/hlc';
import {
  ATTACHMENT_NAME, AUDIT_NAME, auditLineSchema, BUNDLE_FORMAT, BUNDLE_VERSION, CHANGES_NAME, changeLineSchema, ENTRY_NAME, MANIFEST_NAME,
  manifestHeadSchema, manifestV1Schema, manifestV2Schema, MAX_SIGNATURE_BYTES, SIGNATURE_NAME, signatureSchema, upgradeManifest, type AttachmentMeta, type Manifest,
} from './bundle-format';
import { decryptBundle, isEncryptedBundle } from './passphrase-envelope';
import { SyncError } from './errors';
import { DEFAULT_LIMITS, overByteCap, type BundleLimits } from './limits';
import { isExecutableAttachment, safeBaseName } from './attachment-names';
import { parseUntrustedJson } from './safe-json';
import { ProgressReporter, type OnSyncProgress } from './progress';
import { readZipEntries } from './zip-reader';
import { sha256OfBytes as sha256Bytes } from '../db/repositories/attachments';

export interface DecodedBundle {
  /** SHA-256 of the plain zip: the same bundle always has the same id. */
  id: string;
  manifest: Manifest;
  changes: SyncChange[];
  attachments: { meta: AttachmentMeta; bytes: Uint8Array }[];
  /** The exporter's piece of its audit chain, in chain order; null when the bundle has no audit.jsonl (older writers). */
  audit: AuditEntry[] | null;
  /** The exact bytes of manifest.json, which signature.json signs. */
  manifestBytes: Uint8Array<ArrayBuffer>;
  /** The station's signature (base64) from signature.json; null when the bundle has none (version 1). Judged by station-trust.ts. */
  signature: string | null;
}

export { sha256Bytes };

const NOT_DATA = new Set([...DERIVED_FIELDS, '_clocks']);
/** Derived fields of other tables: recomputed after every merge (derive.ts), so a change may not carry them. */
const NOT_DATA_OF: Partial<Record<string, ReadonlySet<string>>> = { returns: RETURN_DERIVED_FIELDS };

/** Lines of changes.jsonl validated between two progress reports (and repaints). */
const LINES_PER_STEP = 2000;

export async function decodeBundle(
  raw: Uint8Array,
  opts: { passphrase?: string; limits?: BundleLimits; onProgress?: OnSyncProgress; requireEncrypted?: boolean } = {},
): Promise<DecodedBundle> {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  if (raw.length > limits.maxFileBytes) throw new SyncError('fileTooLarge', { max: limits.maxFileBytes });
  const encrypted = isEncryptedBundle(raw);
  // A station that protects its bundles with a passphrase does not take unprotected ones either.
  if (opts.requireEncrypted && !encrypted) throw new SyncError('plaintextRefused');
  const progress = new ProgressReporter(opts.onProgress, [
    ...(encrypted ? [['decrypting', 15] as const] : []),
    ['unzipping', 25],
    ['hashing', 20],
    ['validating', 40],
  ]);
  let bytes = raw;
  if (encrypted) {
    if (!opts.passphrase) throw new SyncError('passphraseRequired');
    await progress.report('decrypting', 0);
    bytes = await decryptBundle(raw, opts.passphrase);
  }
  await progress.report('unzipping', 0);

  let entries: Map<string, Uint8Array>;
  try {
    entries = readZipEntries(bytes, {
      maxEntries: limits.maxEntries,
      maxTotalBytes: limits.maxTotalInflatedBytes,
      capFor: (name) => {
        if (!ENTRY_NAME.test(name)) return null;
        if (name === MANIFEST_NAME) return limits.maxManifestBytes;
        if (name === SIGNATURE_NAME) return MAX_SIGNATURE_BYTES;
        if (name === CHANGES_NAME) return limits.maxChangesBytes;
        if (name === AUDIT_NAME) return limits.maxAuditBytes;
        return limits.maxAttachmentBytes;
      },
    });
  } catch (e) {
    if (e instanceof SyncError && e.code === 'entryTooLarge' && String(e.params.name).startsWith('attachments/')) {
      throw new SyncError('attachmentTooLarge', e.params);
    }
    throw e;
  }

  const manifest = readManifest(entries);
  const signature = manifest.version >= 2 ? readSignature(entries.get(SIGNATURE_NAME)) : null;
  await progress.report('hashing', 0);
  await progress.chunked('hashing', [...entries], 8, async ([name, bytes]) => {
    const sha = ATTACHMENT_NAME.exec(name)?.[1];
    if (sha && (await sha256Bytes(bytes)) !== sha) throw new SyncError('attachmentHash', { name });
  });
  await checkEntries(entries, manifest);
  await progress.report('validating', 0);
  const changes = await readChanges(entries.get(CHANGES_NAME), limits, progress);
  if (changes.length !== manifest.counts.changes) throw new SyncError('countMismatch', { declared: manifest.counts.changes, found: changes.length });
  const attachments = await readAttachments(entries, manifest);
  const audit = readAudit(entries.get(AUDIT_NAME), manifest.station.id, limits);
  const id = await sha256Bytes(bytes);
  progress.finish('validating');
  return { id, manifest, changes, attachments, audit, manifestBytes: new Uint8Array(entries.get(MANIFEST_NAME) as Uint8Array), signature };
}

/** The signature's shape only; whether it verifies, and whose key it is, is station-trust.ts's question. */
function readSignature(bytes: Uint8Array | undefined): string | null {
  if (!bytes) return null;
  const parsed = signatureSchema.safeParse(parseUntrustedJson(decodeUtf8(bytes, { entry: SIGNATURE_NAME }), { entry: SIGNATURE_NAME }));
  if (!parsed.success) throw new SyncError('badSignature', { station: '' });
  return parsed.data.signature;
}

function readManifest(entries: Map<string, Uint8Array>): Manifest {
  const bytes = entries.get(MANIFEST_NAME);
  if (!bytes) throw new SyncError('noManifest');
  const json = parseUntrustedJson(decodeUtf8(bytes, { entry: MANIFEST_NAME }), { entry: MANIFEST_NAME });
  const head = manifestHeadSchema.safeParse(json);
  if (!head.success || head.data.format !== BUNDLE_FORMAT) throw new SyncError('notABundle');
  const version = head.data.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) throw new SyncError('unknownVersion', { version: String(version).slice(0, 20) });
  if (version > BUNDLE_VERSION) throw new SyncError('newerVersion', { version });
  if (version !== 1 && version !== 2) throw new SyncError('unknownVersion', { version });
  const parsed = (version === 1 ? manifestV1Schema : manifestV2Schema).safeParse(json);
  if (!parsed.success) throw new SyncError('badManifest', { path: parsed.error.issues[0]?.path.join('.') ?? '' });
  return upgradeManifest(parsed.data);
}

async function checkEntries(entries: Map<string, Uint8Array>, manifest: Manifest): Promise<void> {
  for (const name of entries.keys()) {
    if (name !== MANIFEST_NAME && name !== SIGNATURE_NAME && !(name in manifest.entries)) throw new SyncError('entryUnlisted', { name });
  }
  for (const [name, expected] of Object.entries(manifest.entries)) {
    const bytes = entries.get(name);
    if (!bytes) throw new SyncError('entryMissing', { name });
    if (bytes.length !== expected.size || (await sha256Bytes(bytes)) !== expected.sha256) throw new SyncError('checksum', { name });
  }
}

function decodeUtf8(bytes: Uint8Array, where: Record<string, string | number>): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SyncError('badJson', where);
  }
}

async function readChanges(bytes: Uint8Array | undefined, limits: BundleLimits, progress: ProgressReporter): Promise<SyncChange[]> {
  if (!bytes) throw new SyncError('noChanges');
  const lines = decodeUtf8(bytes, { entry: CHANGES_NAME }).split('\n');
  const out: SyncChange[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    if (i > 0 && i % LINES_PER_STEP === 0) await progress.report('validating', i / lines.length);
    const text = lines[i] as string;
    const line = i + 1;
    if (text.trim() === '') continue;
    if (overByteCap(text, limits.maxLineBytes)) throw new SyncError('lineTooLong', { line, max: limits.maxLineBytes });
    if (out.length >= limits.maxChanges) throw new SyncError('tooManyChanges', { max: limits.maxChanges });
    const parsed = changeLineSchema.safeParse(parseUntrustedJson(text, { line }));
    if (!parsed.success) throw new SyncError('badLine', { line, path: parsed.error.issues[0]?.path.join('.') ?? '' });
    const c = parsed.data;
    for (const path of [...Object.keys(c.fields), ...Object.keys(c.base ?? {})]) {
      if (!isSafePath(path)) throw new SyncError('unsafePath', { line, path: path.slice(0, 80) });
      const top = path.split('.')[0] as string;
      if (NOT_DATA.has(top) || (NOT_DATA_OF[c.table]?.has(top) && Object.hasOwn(c.fields, path))) throw new SyncError('derivedField', { line, path });
    }
    if (decodeHlc(c.hlc)?.station !== c.station) throw new SyncError('stationMismatch', { line });
    if (seen.has(c.hlc)) throw new SyncError('duplicateChange', { line });
    seen.add(c.hlc);
    out.push({ hlc: c.hlc, station: c.station, table: c.table, rowId: c.rowId, fields: c.fields as Record<string, Json>, at: c.at, actor: c.actor, ...(c.author ? { author: c.author } : {}), base: c.base ?? {} });
  }
  return out;
}

/**
 * Parses audit.jsonl. Only the shape is checked here (a malformed line is a
 * refusal); whether the hashes and links hold is judged at import, where a
 * broken or rewritten chain is a warning, not a refusal (see audit-continuity.ts).
 */
function readAudit(bytes: Uint8Array | undefined, stationId: string, limits: BundleLimits): AuditEntry[] | null {
  if (!bytes) return null;
  const out: AuditEntry[] = [];
  const lines = decodeUtf8(bytes, { entry: AUDIT_NAME }).split('\n');
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] as string;
    const line = i + 1;
    if (text.trim() === '') continue;
    if (overByteCap(text, limits.maxLineBytes)) throw new SyncError('lineTooLong', { line, max: limits.maxLineBytes });
    if (out.length >= limits.maxChanges) throw new SyncError('tooManyChanges', { max: limits.maxChanges });
    const parsed = auditLineSchema.safeParse(parseUntrustedJson(text, { entry: AUDIT_NAME, line }));
    if (!parsed.success) throw new SyncError('badAuditLine', { line, path: parsed.error.issues[0]?.path.join('.') ?? '' });
    const e = parsed.data;
    // The chain is the exporter's own: an entry of another station cannot be part of it.
    if (e.station !== stationId) throw new SyncError('badAuditLine', { line, path: 'station' });
    const changes = e.changes.map((c) => ({ path: c.path, before: (c.before ?? null) as Json, after: (c.after ?? null) as Json }));
    out.push({ id: e.id, station: e.station, actor: e.actor, at: e.at, entity: e.entity, rowId: e.rowId, action: e.action, changes, prevHash: e.prevHash, hash: e.hash });
  }
  return out;
}

async function readAttachments(entries: Map<string, Uint8Array>, manifest: Manifest): Promise<DecodedBundle['attachments']> {
  const metas = new Map(manifest.attachments.map((m) => [m.sha256, m]));
  const out: DecodedBundle['attachments'] = [];
  for (const [name, bytes] of entries) {
    const sha = ATTACHMENT_NAME.exec(name)?.[1];
    if (!sha) continue;
    const meta = metas.get(sha);
    if (!meta || meta.size !== bytes.length) throw new SyncError('attachmentMeta', { name });
    metas.delete(sha);
    if (isExecutableAttachment(meta.name, meta.type) || isExecutableAttachment(safeBaseName(meta.name), meta.type)) throw new SyncError('executableAttachment', { name: safeBaseName(meta.name).slice(0, 100) });
    // The name is only a label: reduced to a safe base name, it can never point into a folder.
    out.push({ meta: { ...meta, name: safeBaseName(meta.name) || sha.slice(0, 12) }, bytes });
  }
  if (metas.size > 0 || out.length !== manifest.counts.attachments) throw new SyncError('attachmentMeta', { name: [...metas.keys()][0] ?? '' });
  return out;
}
