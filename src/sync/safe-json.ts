/**
 * JSON.parse for untrusted text: a key that could reach an object's prototype
 * (`__proto__`, `constructor`, `prototype`) anywhere in the document is a refusal,
 * not something to strip silently.
 */
import { SyncError } from './errors';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
/** A forbidden key can only be spelled out or hidden behind a \u escape; text with neither skips the (slow) reviver. */
const SUSPECT = /__proto__|constructor|prototype|\\u/;

export function parseUntrustedJson(text: string, where: Record<string, string | number>): unknown {
  if (!SUSPECT.test(text)) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new SyncError('badJson', where);
    }
  }
  let forbidden: string | null = null;
  let value: unknown;
  try {
    value = JSON.parse(text, (key, v: unknown) => {
      if (FORBIDDEN.has(key)) forbidden = key;
      return v;
    });
  } catch {
    throw new SyncError('badJson', where);
  }
  if (forbidden !== null) throw new SyncError('forbiddenKey', { ...where, key: forbidden });
  return value;
}
