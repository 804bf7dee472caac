/**
 * Hand-made hostile bundles, built from code at test time. Each names the
 * specific refusal it must get. `validBundle` builds a correct bundle (right
 * checksums and counts) so that each fixture breaks exactly one thing. It is
 * unsigned: these cases are refused while decoding, before the signature is
 * judged; `signedBundle` (signed.ts) adds the station's signature.
 */
import { deflateSync } from 'fflate';
import type { SyncErrorCode } from '../errors';
import { encryptBundle } from '../passphrase-envelope';
import { sha256Hex } from '../../domain/common/sha256';
import { rawZip, type RawEntry } from './raw-zip';
import type { BundleLimits } from '../limits';
import { chainAuditEntry, GENESIS_HASH, type AuditEntry } from '../../domain/audit/audit-chain';

export const TEST_LIMITS: BundleLimits = {
  maxFileBytes: 2 * 1024 * 1024,
  maxTotalInflatedBytes: 6 * 1024 * 1024,
  maxManifestBytes: 64 * 1024,
  maxChangesBytes: 4 * 1024 * 1024,
  maxAuditBytes: 1024 * 1024,
  maxAttachmentBytes: 1024 * 1024,
  maxLineBytes: 64 * 1024,
  maxChanges: 100,
  maxEntries: 40,
};

export const PASSPHRASE = 'correct horse';
const enc = (s: string) => new TextEncoder().encode(s);
const STATION = '01JHOSTILESTATION00000000X';
/** The hostile station's public key (its private half is in signed.ts, which signs what validParts builds). */
export const HOSTILE_PUBLIC_KEY = 'P/VEhVMd9/KsY//BhGo0vB1exJtwfhzYYuo9CaM6xdo=';
export const HOSTILE_STATION = { id: STATION, code: 'QA9', name: '外站 QA9', publicKey: HOSTILE_PUBLIC_KEY };
export const hlcOf = (n: number, station = STATION) => `${String(1764000000000 + n).padStart(15, '0')}:000000:${station}`;

export function changeLine(n: number, patch: Record<string, unknown> = {}): Record<string, unknown> {
  return { hlc: hlcOf(n), station: STATION, table: 'complaints', rowId: `01JROW${String(n).padStart(20, '0')}`, fields: { 'customer.name': `客户${n}` }, at: '2026-11-20T03:00:00.000Z', actor: '张工', base: {}, ...patch };
}

/** A valid piece of the hostile station's audit chain: `count` entries from `prev`. */
export function auditEntries(count: number, prev = GENESIS_HASH): AuditEntry[] {
  const out: AuditEntry[] = [];
  for (let i = 0; i < count; i++) {
    const draft = { id: `01JAUDIT${String(i).padStart(18, '0')}`, station: STATION, actor: '张工', at: '2026-11-20T03:00:00.000Z', entity: 'complaints', rowId: `01JROW${String(i + 1).padStart(20, '0')}`, action: 'create', changes: [{ path: 'customer.name', before: null, after: `客户${i + 1}` }] };
    const entry = chainAuditEntry(draft, out[out.length - 1]?.hash ?? prev);
    out.push(entry);
  }
  return out;
}

interface BundleSpec {
  lines?: string[];
  /** Lines of audit.jsonl; the manifest's auditHead is the last line's hash when it has one. */
  audit?: string[];
  attachments?: { sha: string; bytes: Uint8Array; meta?: Record<string, unknown> }[];
  manifest?: (m: Record<string, unknown>) => unknown;
  manifestText?: (text: string) => string | Uint8Array;
  extra?: RawEntry[];
  skip?: string[];
}

export function validParts(spec: BundleSpec = {}): RawEntry[] {
  const lines = spec.lines ?? [JSON.stringify(changeLine(1)), JSON.stringify(changeLine(2))];
  const changes = enc(lines.join('\n'));
  const atts = spec.attachments ?? [];
  const entries: Record<string, unknown> = { 'changes.jsonl': { sha256: sha256Hex(changes), size: changes.length } };
  const audit = spec.audit ? enc(spec.audit.join('\n')) : undefined;
  if (audit) entries['audit.jsonl'] = { sha256: sha256Hex(audit), size: audit.length };
  const lastAudit = spec.audit?.at(-1);
  let auditHead: unknown = '0'.repeat(64);
  try {
    if (lastAudit) auditHead = (JSON.parse(lastAudit) as { hash?: unknown }).hash ?? auditHead;
  } catch {
    // A line that is meant not to parse: the refusal comes before the head matters.
  }
  for (const a of atts) entries[`attachments/${a.sha}`] = { sha256: a.sha, size: a.bytes.length };
  const manifest: Record<string, unknown> = {
    format: 'complaint-desk-bundle',
    version: 2,
    id: '01JBUNDLE',
    station: HOSTILE_STATION,
    createdAt: '2026-11-20T03:00:00.000Z',
    range: 'all',
    counts: { changes: lines.filter((l) => l.trim()).length, attachments: atts.length, byTable: { complaints: lines.length } },
    entries,
    attachments: atts.map((a) => ({ sha256: a.sha, name: 'p.jpg', type: 'image/jpeg', size: a.bytes.length, createdAt: '2026-11-20T03:00:00.000Z', ...a.meta })),
    auditHead,
  };
  const text = JSON.stringify(spec.manifest ? spec.manifest(manifest) : manifest);
  const finalText = spec.manifestText ? spec.manifestText(text) : text;
  const parts: RawEntry[] = [
    { name: 'manifest.json', data: typeof finalText === 'string' ? enc(finalText) : finalText },
    { name: 'changes.jsonl', data: changes },
    ...(audit ? [{ name: 'audit.jsonl', data: audit }] : []),
    ...atts.map((a) => ({ name: `attachments/${a.sha}`, data: a.bytes, method: 0 })),
    ...(spec.extra ?? []),
  ];
  return parts.filter((p) => !(spec.skip ?? []).includes(String(p.name)));
}

export const validBundle = (spec: BundleSpec = {}) => rawZip(validParts(spec));

export interface HostileCase {
  name: string;
  code: SyncErrorCode;
  bytes: () => Promise<Uint8Array> | Uint8Array;
  passphrase?: string;
  /** Read by a station that has a bundle passphrase set (refuses plaintext). */
  requireEncrypted?: boolean;
}

const photo = enc('fake jpeg bytes');
const photoSha = sha256Hex(photo);
const withManifest = (f: (m: Record<string, unknown>) => unknown) => () => validBundle({ manifest: f });
const withLine = (patch: Record<string, unknown>) => () => validBundle({ lines: [JSON.stringify(changeLine(1, patch))] });
const auditText = (patch: Record<string, unknown> = {}) => [JSON.stringify(auditEntries(1)[0]), JSON.stringify({ ...auditEntries(2)[1], ...patch })];
const withAudit = (lines: string[]) => () => validBundle({ audit: lines });

export const HOSTILE: HostileCase[] = [
  { name: 'empty file', code: 'empty', bytes: () => new Uint8Array() },
  { name: 'random bytes', code: 'notZip', bytes: () => Uint8Array.from({ length: 512 }, (_, i) => (i * 7919) % 251) },
  { name: 'a text file', code: 'notZip', bytes: () => enc('hello, this is not a bundle') },
  { name: 'file over the size limit', code: 'fileTooLarge', bytes: () => new Uint8Array(TEST_LIMITS.maxFileBytes + 1) },
  { name: 'zip cut in half', code: 'truncated', bytes: () => { const b = validBundle(); return b.slice(0, b.length >> 1); } },
  { name: 'zip without its last bytes', code: 'truncated', bytes: () => { const b = validBundle(); return b.slice(0, b.length - 8); } },
  { name: 'entry cut short before the directory', code: 'truncated', bytes: () => { const parts = validParts(); const z = rawZip(parts); const cut = z.slice(0, 200); const tail = rawZip([]); const out = new Uint8Array(cut.length + tail.length); out.set(cut); out.set(tail, cut.length); return out; } },
  { name: 'zip bomb in changes.jsonl', code: 'entryTooLarge', bytes: () => validBundle({ extra: [], lines: [' '.repeat(5 * 1024 * 1024)] }) },
  { name: 'zip bomb in the manifest', code: 'entryTooLarge', bytes: () => validBundle({ manifestText: (t) => t.slice(0, -1) + ',"pad":"' + 'x'.repeat(200_000) + '"}' }) },
  { name: 'zip bomb spread over entries', code: 'totalTooLarge', bytes: () => rawZip(Array.from({ length: 8 }, (_, i) => ({ name: `attachments/${String(i).repeat(64).slice(0, 64)}`, data: new Uint8Array(1024 * 1024 - 1) }))) },
  { name: 'zip-slip ../ name', code: 'entryName', bytes: () => validBundle({ extra: [{ name: '../../evil.sh', data: enc('rm -rf /') }] }) },
  { name: 'absolute path name', code: 'entryName', bytes: () => validBundle({ extra: [{ name: '/etc/passwd', data: enc('x') }] }) },
  { name: 'backslash traversal', code: 'entryName', bytes: () => validBundle({ extra: [{ name: 'attachments\\..\\..\\x', data: enc('x') }] }) },
  { name: 'upper-case attachment hash', code: 'entryName', bytes: () => validBundle({ extra: [{ name: `attachments/${photoSha.toUpperCase()}`, data: photo }] }) },
  { name: 'directory entry', code: 'entryName', bytes: () => validBundle({ extra: [{ name: 'attachments/', data: new Uint8Array() }] }) },
  { name: 'NUL in a name', code: 'entryName', bytes: () => validBundle({ extra: [{ name: 'manifest.json\u0000.exe', data: enc('{}') }] }) },
  { name: 'duplicate manifest', code: 'duplicateEntry', bytes: () => validBundle({ extra: [{ name: 'manifest.json', data: enc('{}') }] }) },
  { name: 'duplicate changes', code: 'duplicateEntry', bytes: () => validBundle({ extra: [{ name: 'changes.jsonl', data: enc('') }] }) },
  { name: 'too many entries', code: 'tooManyEntries', bytes: () => rawZip(Array.from({ length: 45 }, (_, i) => ({ name: `attachments/${i.toString(16).padStart(64, '0')}`, data: enc('x') }))) },
  { name: 'unknown compression method', code: 'compression', bytes: () => validBundle({ extra: [{ name: `attachments/${photoSha}`, data: photo, method: 14 }] }) },
  { name: 'corrupt deflate stream', code: 'corruptZip', bytes: () => rawZip([{ name: 'manifest.json', data: enc('{"format":1}'), raw: Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]) }]) },
  { name: 'no manifest', code: 'noManifest', bytes: () => validBundle({ skip: ['manifest.json'] }) },
  { name: 'no changes', code: 'noChanges', bytes: () => validBundle({ skip: ['changes.jsonl'], manifest: (m) => ({ ...m, entries: {} }) }) },
  { name: 'manifest not JSON', code: 'badJson', bytes: () => validBundle({ manifestText: () => '{"format": "complaint-desk-bundle",' }) },
  { name: 'manifest not UTF-8', code: 'badJson', bytes: () => validBundle({ manifestText: () => Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d]) }) },
  { name: 'manifest with __proto__', code: 'forbiddenKey', bytes: () => validBundle({ manifestText: (t) => t.slice(0, -1) + ',"__proto__":{"polluted":true}}' }) },
  { name: 'manifest with constructor.prototype', code: 'forbiddenKey', bytes: () => validBundle({ manifestText: (t) => t.slice(0, -1) + ',"x":{"constructor":{"prototype":{"polluted":true}}}}' }) },
  { name: 'change line with __proto__ in fields', code: 'forbiddenKey', bytes: () => validBundle({ lines: [JSON.stringify(changeLine(1)).replace('"fields":{', '"fields":{"__proto__":{"admin":true},')] }) },
  { name: '__proto__ hidden behind a \\u escape', code: 'forbiddenKey', bytes: () => validBundle({ lines: [JSON.stringify(changeLine(1)).replace('"fields":{', '"fields":{"\\u005f_proto__":{"admin":true},')] }) },
  { name: 'another format', code: 'notABundle', bytes: withManifest((m) => ({ ...m, format: 'excalidraw' })) },
  { name: 'manifest is an array', code: 'notABundle', bytes: withManifest(() => [1, 2, 3]) },
  { name: 'newer version', code: 'newerVersion', bytes: withManifest((m) => ({ ...m, version: 3 })) },
  { name: 'version 2 without the station key', code: 'badManifest', bytes: withManifest((m) => ({ ...m, station: { id: STATION, code: 'QA9' } })) },
  { name: 'signature.json not a signature', code: 'badSignature', bytes: () => validBundle({ extra: [{ name: 'signature.json', data: enc('{"alg":"Ed25519","signature":"abc"}') }] }) },
  { name: 'version 0', code: 'unknownVersion', bytes: withManifest((m) => ({ ...m, version: 0 })) },
  { name: 'version as text', code: 'unknownVersion', bytes: withManifest((m) => ({ ...m, version: '1' })) },
  { name: 'manifest without station', code: 'badManifest', bytes: withManifest((m) => ({ ...m, station: undefined })) },
  { name: 'manifest with negative counts', code: 'badManifest', bytes: withManifest((m) => ({ ...m, counts: { changes: -1, attachments: 0, byTable: {} } })) },
  { name: 'entry not in the manifest', code: 'entryUnlisted', bytes: () => validBundle({ extra: [{ name: `attachments/${photoSha}`, data: photo, method: 0 }] }) },
  { name: 'listed entry missing', code: 'entryMissing', bytes: withManifest((m) => ({ ...m, entries: { ...(m.entries as object), [`attachments/${photoSha}`]: { sha256: photoSha, size: photo.length } } })) },
  { name: 'wrong checksum of changes', code: 'checksum', bytes: withManifest((m) => ({ ...m, entries: { 'changes.jsonl': { sha256: 'a'.repeat(64), size: 10 } } })) },
  { name: 'declared count differs', code: 'countMismatch', bytes: withManifest((m) => ({ ...m, counts: { changes: 99, attachments: 0, byTable: {} } })) },
  { name: 'change line not JSON', code: 'badJson', bytes: () => validBundle({ lines: ['{"hlc": '] }) },
  { name: 'fields of the wrong type', code: 'badLine', bytes: withLine({ fields: 'customer.name=x' }) },
  { name: 'unknown table', code: 'badLine', bytes: withLine({ table: 'users' }) },
  { name: 'attachments as a change', code: 'badLine', bytes: withLine({ table: 'attachments' }) },
  { name: 'row id with a path', code: 'badLine', bytes: withLine({ rowId: '../../etc' }) },
  { name: 'malformed clock', code: 'badLine', bytes: withLine({ hlc: 'yesterday' }) },
  { name: 'empty fields', code: 'badLine', bytes: withLine({ fields: {} }) },
  { name: 'path with an empty segment', code: 'unsafePath', bytes: withLine({ fields: { 'customer..name': 'x' } }) },
  { name: 'path through prototype', code: 'unsafePath', bytes: withLine({ fields: { 'customer.prototype.x': 'x' } }) },
  { name: 'path into the clocks', code: 'derivedField', bytes: withLine({ fields: { '_clocks.customer': 'x' } }) },
  { name: 'derived search tokens', code: 'derivedField', bytes: withLine({ fields: { searchTokens: ['x'] } }) },
  { name: "a return's derived status", code: 'derivedField', bytes: withLine({ table: 'returns', fields: { status: 'closed' } }) },
  { name: 'clock of another station', code: 'stationMismatch', bytes: withLine({ station: 'SOMEONEELSE' }) },
  { name: 'the same change twice', code: 'duplicateChange', bytes: () => validBundle({ lines: [JSON.stringify(changeLine(1)), JSON.stringify(changeLine(1))] }) },
  { name: 'line too long', code: 'lineTooLong', bytes: withLine({ fields: { 'customer.name': 'x'.repeat(70_000) } }) },
  { name: 'too many changes', code: 'tooManyChanges', bytes: () => validBundle({ lines: Array.from({ length: 101 }, (_, i) => JSON.stringify(changeLine(i))) }) },
  { name: 'attachment bytes do not match their name', code: 'attachmentHash', bytes: () => validBundle({ attachments: [{ sha: photoSha, bytes: enc('other bytes!!!!') }] }) },
  { name: 'attachment over the size limit', code: 'attachmentTooLarge', bytes: () => { const big = new Uint8Array(TEST_LIMITS.maxAttachmentBytes + 1); return validBundle({ extra: [{ name: `attachments/${sha256Hex(big)}`, data: big }] }); } },
  { name: 'attachment without metadata', code: 'attachmentMeta', bytes: () => validBundle({ attachments: [{ sha: photoSha, bytes: photo }], manifest: (m) => ({ ...m, attachments: [] }) }) },
  { name: 'audit line not JSON', code: 'badJson', bytes: withAudit(['{"id": ']) },
  { name: 'audit line with __proto__', code: 'forbiddenKey', bytes: withAudit([JSON.stringify(auditEntries(1)[0]).replace('{', '{"__proto__":{"polluted":true},')]) },
  { name: 'audit entry without its hash', code: 'badAuditLine', bytes: withAudit(auditText({ hash: undefined })) },
  { name: 'audit entry with a short prev hash', code: 'badAuditLine', bytes: withAudit(auditText({ prevHash: 'abc' })) },
  { name: 'audit entry of another station', code: 'badAuditLine', bytes: withAudit(auditText({ station: 'SOMEONEELSE' })) },
  { name: 'audit changes not a list', code: 'badAuditLine', bytes: withAudit(auditText({ changes: { path: 'x' } })) },
  { name: 'audit line too long', code: 'lineTooLong', bytes: withAudit(auditText({ actor: 'x'.repeat(70_000) })) },
  { name: 'zip bomb in audit.jsonl', code: 'entryTooLarge', bytes: withAudit([' '.repeat(TEST_LIMITS.maxAuditBytes + 1)]) },
  { name: 'audit.jsonl not in the manifest', code: 'entryUnlisted', bytes: () => validBundle({ extra: [{ name: 'audit.jsonl', data: enc(auditText().join('\n')) }] }) },
  { name: 'deeply nested change value', code: 'tooDeep', bytes: withLine({ fields: { 'customer.name': JSON.parse('['.repeat(40) + ']'.repeat(40)) as unknown } }) },
  { name: '20,000 brackets in one line', code: 'tooDeep', bytes: () => validBundle({ lines: ['{"hlc":' + '['.repeat(20_000) + ']'.repeat(20_000) + '}'] }) },
  { name: 'deeply nested manifest', code: 'tooDeep', bytes: () => validBundle({ manifestText: (t) => t.slice(0, -1) + ',"x":' + '{"a":'.repeat(60) + '1' + '}'.repeat(60) + '}' }) },
  { name: 'line of Chinese text over the byte cap, under it in characters', code: 'lineTooLong', bytes: withLine({ fields: { 'customer.name': '漏'.repeat(30_000) } }) },
  { name: 'audit line of Chinese text over the byte cap', code: 'lineTooLong', bytes: withAudit(auditText({ actor: '张'.repeat(30_000) })) },
  { name: 'executable attachment (.exe)', code: 'executableAttachment', bytes: () => validBundle({ attachments: [{ sha: photoSha, bytes: photo, meta: { name: 'invoice.pdf.exe', type: 'application/octet-stream' } }] }) },
  { name: 'executable attachment hidden behind a path', code: 'executableAttachment', bytes: () => validBundle({ attachments: [{ sha: photoSha, bytes: photo, meta: { name: '..\\..\\Startup\\run.BAT ', type: 'image/jpeg' } }] }) },
  { name: 'attachment declared as a script type', code: 'executableAttachment', bytes: () => validBundle({ attachments: [{ sha: photoSha, bytes: photo, meta: { name: 'photo.jpg', type: 'text/html' } }] }) },
  { name: 'encrypted, no passphrase given', code: 'passphraseRequired', bytes: () => encryptBundle(validBundle(), PASSPHRASE) },
  { name: 'encrypted, wrong passphrase', code: 'wrongPassphrase', passphrase: 'wrong horse', bytes: () => encryptBundle(validBundle(), PASSPHRASE) },
  { name: 'tampered ciphertext', code: 'tamperedCiphertext', passphrase: PASSPHRASE, bytes: async () => { const b = await encryptBundle(validBundle(), PASSPHRASE); b[b.length - 20] = (b[b.length - 20] ?? 0) ^ 1; return b; } },
  { name: 'weak key derivation', code: 'weakKdf', passphrase: PASSPHRASE, bytes: () => encryptBundle(validBundle(), PASSPHRASE, 1000) },
  { name: 'plaintext bundle at a station with a passphrase', code: 'plaintextRefused', passphrase: PASSPHRASE, requireEncrypted: true, bytes: () => validBundle() },
  { name: 'truncated envelope', code: 'badEnvelope', passphrase: PASSPHRASE, bytes: async () => (await encryptBundle(validBundle(), PASSPHRASE)).slice(0, 40) },
];

/** A deflated stream that expands enormously: for checking the cap stops early. */
export function bombBytes(size: number): Uint8Array {
  return deflateSync(new Uint8Array(size), { level: 9 });
}
