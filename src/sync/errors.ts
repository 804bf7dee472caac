/**
 * Every refusal of the sync pipeline is a SyncError with a specific i18n code
 * (translated under `sync.error.*` in features/sync/messages.ts) and optional
 * interpolation params, never free text.
 */
export const SYNC_ERROR_CODES = [
  'fileTooLarge', 'empty', 'notZip', 'truncated', 'corruptZip', 'compression', 'entryName', 'duplicateEntry',
  'entryTooLarge', 'totalTooLarge', 'tooManyEntries', 'noManifest', 'noChanges', 'badJson', 'forbiddenKey',
  'notABundle', 'newerVersion', 'unknownVersion', 'badManifest', 'entryUnlisted', 'entryMissing', 'checksum',
  'countMismatch', 'badLine', 'lineTooLong', 'unsafePath', 'derivedField', 'stationMismatch', 'duplicateChange',
  'attachmentHash', 'attachmentTooLarge', 'attachmentMeta', 'attachmentMissing', 'constraint', 'wrongPassphrase',
  'tamperedCiphertext', 'badEnvelope', 'weakKdf', 'passphraseRequired', 'ownBundle', 'tooManyChanges',
  'badAuditLine', 'keyTaken', 'forgedSignature', 'forgedEnrolment', 'untrustedAdmin', 'unsignedSignature', 'changedMeanwhile',
  'tooDeep', 'plaintextRefused', 'executableAttachment', 'badRow', 'futureClock', 'ownStationChange', 'notPermitted',
  'authorMissing', 'destructiveUnconfirmed', 'cancelled', 'unsignedBundle', 'badSignature', 'stationNotEnrolled', 'stationKeyChanged', 'auditChainBroken',
] as const;
export type SyncErrorCode = (typeof SYNC_ERROR_CODES)[number];

export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`sync.error.${code}`);
    this.name = 'SyncError';
  }

  /** The i18n key of the message. */
  get key(): string {
    return `sync.error.${this.code}`;
  }
}
