/** A refusal as text: the SyncError's own localised message, or the generic one for anything else. */
import type { TFunction } from 'i18next';
import { SyncError, type SyncErrorCode } from '../../sync/errors';
import { formatBytes } from '../../ui/format';

/** Refusals whose `max` is a size in bytes: shown as "200 MB", not a 9-digit number. */
const BYTE_LIMITS: ReadonlySet<SyncErrorCode> = new Set(['fileTooLarge', 'entryTooLarge', 'totalTooLarge', 'attachmentTooLarge']);

const PLACEHOLDERS = { name: '', line: '', entry: '', path: '', max: '', key: '', version: '', declared: '', found: '', iterations: '' };

export function syncErrorText(t: TFunction, e: unknown): string {
  if (e instanceof SyncError) {
    const params: Record<string, string | number> = { ...PLACEHOLDERS, ...e.params };
    if (e.params.line !== undefined && e.params.entry === undefined) params.line = `#${e.params.line}`;
    if (BYTE_LIMITS.has(e.code) && typeof e.params.max === 'number') params.max = formatBytes(e.params.max);
    if (e.code === 'keyTaken') params.table = t(`sync.keyKinds.${String(e.params.table)}`);
    if (e.code === 'badRow') {
      params.table = t(`sync.tableKinds.${String(e.params.table)}`);
      params.problem = t(`sync.rowProblems.${String(e.params.problem)}`);
    }
    return t(e.key, params);
  }
  return t('sync.error.unexpected', { message: e instanceof Error ? e.message : String(e) });
}
