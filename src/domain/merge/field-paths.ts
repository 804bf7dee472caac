/**
 * Records are nested plain JSON. Sync stamps and merges them per leaf path
 * ("customer.phone", "attachments.<sha256>"): plain objects are descended into,
 * arrays and scalars are atomic values. Lists whose items two stations may add
 * concurrently are therefore kept as objects keyed by item id, never as arrays.
 * A removed entry is written as null at its path (a tombstone for that entry).
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface FieldChange {
  readonly path: string;
  readonly before: Json | undefined;
  readonly after: Json;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function isPlainObject(value: unknown): value is JsonObject {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

export function isSafeKey(key: string): boolean {
  return key.length > 0 && !key.includes('.') && !FORBIDDEN_KEYS.has(key);
}

export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => jsonEqual(v, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => jsonEqual(a[k], b[k]));
  }
  return false;
}

/** Leaf-level differences between two records; `ignore` names top-level keys that are not data. */
export function diffRecords(
  before: JsonObject | undefined,
  after: JsonObject,
  ignore: ReadonlySet<string> = new Set(),
): FieldChange[] {
  const out: FieldChange[] = [];
  walk(before ?? {}, after, '', out, ignore);
  return out;
}

function walk(before: JsonObject, after: JsonObject, prefix: string, out: FieldChange[], ignore: ReadonlySet<string>): void {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (prefix === '' && ignore.has(key)) continue;
    if (!isSafeKey(key)) throw new Error(`unsafe field name: ${key}`);
    const path = prefix ? `${prefix}.${key}` : key;
    const b = before[key];
    const a = after[key];
    if (a === undefined && b === undefined) continue;
    if (isPlainObject(a) && isPlainObject(b)) {
      walk(b, a, path, out, ignore);
    } else if (isPlainObject(a) && b === undefined) {
      // An empty map has no leaves; stamp it whole, or other stations would never see the key.
      if (Object.keys(a).length === 0) out.push({ path, before: undefined, after: {} });
      else walk({}, a, path, out, ignore);
    } else if (!jsonEqual(a, b)) {
      out.push({ path, before: b, after: a === undefined ? null : a });
    }
  }
}

/** Writes `value` at a dotted path, creating plain objects on the way. Returns a new object. */
export function setPath(target: JsonObject, path: string, value: Json): JsonObject {
  const keys = path.split('.');
  if (!keys.every(isSafeKey)) throw new Error(`unsafe path: ${path}`);
  const root: JsonObject = { ...target };
  let node = root;
  for (let i = 0; i < keys.length - 1; i++) {
    const key = keys[i] as string;
    const child = node[key];
    const copy: JsonObject = isPlainObject(child) ? { ...child } : {};
    node[key] = copy;
    node = copy;
  }
  node[keys[keys.length - 1] as string] = value;
  return root;
}

export function getPath(source: JsonObject, path: string): Json | undefined {
  let node: Json | undefined = source;
  for (const key of path.split('.')) {
    if (!isPlainObject(node)) return undefined;
    node = node[key];
  }
  return node;
}
