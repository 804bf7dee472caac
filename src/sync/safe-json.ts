/**
 * JSON.parse for untrusted text: a key that could reach an object's prototype
 * (`__proto__`, `constructor`, `prototype`) anywhere in the document is a refusal,
 * not something to strip silently. Nesting deeper than `maxDepth` is refused
 * before parsing: every later step (zod, merge, canonical JSON) recurses, and a
 * line of 100,000 brackets would overflow the stack.
 */
import { SyncError } from './errors';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
/** A forbidden key can only be spelled out or hidden behind a \u escape; text with neither skips the (slow) reviver. */
const SUSPECT = /__proto__|constructor|prototype|\\u/;

/** Rows are a few levels deep; a change line adds two. */
export const MAX_JSON_DEPTH = 32;

/** Whether arrays and objects nest deeper than `max`, by one scan that skips string contents. */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) return true;
    } else if (c === 125 || c === 93) depth--;
  }
  return false;
}

export function parseUntrustedJson(text: string, where: Record<string, string | number>, maxDepth = MAX_JSON_DEPTH): unknown {
  if (nestsDeeperThan(text, maxDepth)) throw new SyncError('tooDeep', { ...where, max: maxDepth });
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
