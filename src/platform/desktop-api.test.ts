import { describe, expect, it } from 'vitest';
import {
  MAX_TRANSFER_BYTES,
  desktopChannels,
  desktopRequestSchemas,
  fileNameSchema,
  openFilesRequestSchema,
  printToPdfRequestSchema,
  saveFileRequestSchema,
} from './desktop-api';

describe('desktop contract', () => {
  it('has a request schema for every channel and distinct channel names', () => {
    expect(Object.keys(desktopRequestSchemas).sort()).toEqual(Object.keys(desktopChannels).sort());
    expect(new Set(Object.values(desktopChannels)).size).toBe(Object.keys(desktopChannels).length);
  });

  it('accepts bare file names, including Chinese ones', () => {
    for (const name of ['8D报告-QA1-2026-0042.docx', 'return slip.pdf', '.hidden', 'a..b']) {
      expect(fileNameSchema.safeParse(name).success, name).toBe(true);
    }
  });

  it('refuses names that carry a path', () => {
    for (const name of ['', '.', '..', 'a/b', '../a', 'C:\\a', 'a\0b', 'x'.repeat(256)]) {
      expect(fileNameSchema.safeParse(name).success, JSON.stringify(name)).toBe(false);
    }
  });

  it('saveFile takes bytes up to 200 MB and no extra keys', () => {
    expect(saveFileRequestSchema.safeParse({ suggestedName: 'a', data: new Uint8Array(3) }).success).toBe(true);
    expect(saveFileRequestSchema.safeParse({ suggestedName: 'a', data: 'abc' }).success).toBe(false);
    expect(saveFileRequestSchema.safeParse({ suggestedName: 'a', data: new Uint8Array(1), path: '/etc' }).success).toBe(false);
    const huge = Object.setPrototypeOf({ byteLength: MAX_TRANSFER_BYTES + 1 }, Uint8Array.prototype) as Uint8Array;
    expect(saveFileRequestSchema.safeParse({ suggestedName: 'a', data: huge }).success).toBe(false);
  });

  it('openFiles requires a positive whole maxBytes within the transfer limit', () => {
    expect(openFilesRequestSchema.safeParse({ maxBytes: 1 }).success).toBe(true);
    expect(openFilesRequestSchema.safeParse({ maxBytes: MAX_TRANSFER_BYTES }).success).toBe(true);
    expect(openFilesRequestSchema.safeParse({ maxBytes: MAX_TRANSFER_BYTES + 1 }).success).toBe(false);
    expect(openFilesRequestSchema.safeParse({}).success).toBe(false);
    expect(
      openFilesRequestSchema.safeParse({ maxBytes: 1, filters: [{ name: 'x', extensions: ['zip', '*'] }] }).success,
    ).toBe(true);
    expect(openFilesRequestSchema.safeParse({ maxBytes: 1, filters: [{ name: 'x', extensions: ['.zip'] }] }).success).toBe(
      false,
    );
  });

  it('printToPdf takes A4 or A5 only', () => {
    expect(printToPdfRequestSchema.safeParse({ suggestedName: 'x', pageSize: 'A5', landscape: true }).success).toBe(true);
    expect(printToPdfRequestSchema.safeParse({ suggestedName: 'x', pageSize: 'A3', landscape: true }).success).toBe(false);
    expect(printToPdfRequestSchema.safeParse({ suggestedName: 'x', pageSize: 'A4' }).success).toBe(false);
  });
});
