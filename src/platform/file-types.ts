// Translating between <input accept> strings, dialog filters and MIME types,
// so features describe files one way for both platforms.
import type { FileFilter } from './desktop-api';

const EXTENSIONS_BY_MIME_GROUP: Readonly<Record<string, readonly string[]>> = {
  'image/*': ['png', 'jpg', 'jpeg', 'gif', 'webp', 'bmp', 'heic'],
  'video/*': ['mp4', 'mov', 'webm', 'avi', 'mkv'],
  'audio/*': ['mp3', 'wav', 'm4a', 'ogg'],
};

const MIME_BY_EXTENSION: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  bmp: 'image/bmp',
  heic: 'image/heic',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  webm: 'video/webm',
  avi: 'video/x-msvideo',
  mkv: 'video/x-matroska',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  m4a: 'audio/mp4',
  ogg: 'audio/ogg',
  pdf: 'application/pdf',
  zip: 'application/zip',
  json: 'application/json',
  txt: 'text/plain',
  csv: 'text/csv',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const SINGLE_MIME_EXTENSIONS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(MIME_BY_EXTENSION).map(([extension, mime]) => [mime, extension]),
);

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

export function mimeTypeForName(name: string): string {
  return MIME_BY_EXTENSION[extensionOf(name)] ?? 'application/octet-stream';
}

/** ".zip, image/*" → one dialog filter listing every extension; none for "" or "*". */
export function acceptToFilters(accept: string): FileFilter[] | undefined {
  const extensions = new Set<string>();
  for (const raw of accept.split(',')) {
    const token = raw.trim().toLowerCase();
    if (token === '' ) continue;
    if (token === '*' || token === '*/*') return undefined;
    if (token.startsWith('.')) {
      const extension = token.slice(1);
      if (/^[a-z0-9]{1,16}$/.test(extension)) extensions.add(extension);
      continue;
    }
    const known = EXTENSIONS_BY_MIME_GROUP[token] ?? (SINGLE_MIME_EXTENSIONS[token] ? [SINGLE_MIME_EXTENSIONS[token]] : []);
    for (const extension of known) extensions.add(extension);
  }
  if (extensions.size === 0) return undefined;
  return [{ name: [...extensions].map((extension) => `*.${extension}`).join(' '), extensions: [...extensions] }];
}

/** The save dialog gets a filter for the file's own extension, so the type is kept. */
export function filtersForName(name: string): FileFilter[] | undefined {
  const extension = extensionOf(name);
  if (!/^[a-z0-9]{1,16}$/.test(extension)) return undefined;
  return [{ name: extension.toUpperCase(), extensions: [extension] }];
}

/** The contract refuses path separators; a record number like "8D/0042" is still a fine name. */
export function toBareFileName(name: string): string {
  const cleaned = name.replace(/[/\\\0]/g, '_').trim();
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'file' : cleaned.slice(0, 255);
}
