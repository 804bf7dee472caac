import { describe, expect, it, vi } from 'vitest';
import type { DesktopApi } from './desktop-api';
import { createDesktopPlatform } from './desktop';
import { pickPlatform } from './index';

function fakeApi() {
  return {
    saveFile: vi.fn(async () => ({ saved: true, path: '/docs/a.docx' })),
    openFiles: vi.fn(async () => ({
      files: [{ name: 'photo.jpg', data: new Uint8Array([1, 2, 3]), size: 3 }],
      tooLarge: ['video.mp4'],
    })),
    print: vi.fn(async () => ({ ok: false })),
    printToPdf: vi.fn(async () => ({ saved: false })),
    syncFolderInfo: vi.fn(async () => ({ path: '/share/sync' as string | null })),
    syncFolderChoose: vi.fn(async () => ({ path: '/share/sync' as string | null })),
    syncFolderList: vi.fn(async () => ({ files: [{ path: 'WH1-01JD0000000000000000000000/WH1-20261125-100000-3.ckd', size: 9 }] })),
    syncFolderRead: vi.fn(async () => ({ data: new Uint8Array([5]) })),
    syncFolderWriteOwn: vi.fn(async () => ({ written: true })),
    syncFolderWatch: vi.fn(async () => ({ watching: true })),
    onSyncFolderChanged: vi.fn((_listener: () => void) => vi.fn()),
    writeBackup: vi.fn(async () => ({ ok: true as const, backup: { name: 'QA1-20261125-100000.ckb', size: 3, createdAt: '2026-11-25T02:00:00.000Z' } })),
    listBackups: vi.fn(async () => ({ folder: '/data/backups', backups: [] })),
    readBackup: vi.fn(async () => ({ data: new Uint8Array([7]) })),
    listBackupAttachments: vi.fn(async () => ({ sha256: ['a'.repeat(64)] })),
    writeBackupAttachment: vi.fn(async () => ({ ok: true as const })),
    readBackupAttachment: vi.fn(async () => ({ data: new Uint8Array([8]) })),
  } satisfies DesktopApi;
}

describe('desktop platform', () => {
  it('sends a bare name, the bytes and a filter for the extension', async () => {
    const api = fakeApi();
    const platform = createDesktopPlatform(api);
    const data = new Uint8Array([4, 5]);
    expect(await platform.saveFile('8D/QA1-0042.docx', data, 'application/octet-stream')).toEqual({
      saved: true,
      path: '/docs/a.docx',
    });
    expect(api.saveFile).toHaveBeenCalledWith({
      suggestedName: '8D_QA1-0042.docx',
      data,
      filters: [{ name: 'DOCX', extensions: ['docx'] }],
    });
  });

  it('turns a Blob into bytes before sending', async () => {
    const api = fakeApi();
    await createDesktopPlatform(api).saveFile('notes', new Blob(['hi']), 'text/plain');
    const request = (api.saveFile.mock.calls[0] as unknown as [{ data: Uint8Array; filters?: unknown }])[0];
    expect(Array.from(request.data)).toEqual([104, 105]);
    expect(request.filters).toBeUndefined();
  });

  it('opens files as File objects with a MIME type and passes the refusals on', async () => {
    const api = fakeApi();
    const result = await createDesktopPlatform(api).openFiles({ accept: 'image/*', multiple: true, maxBytes: 100 });
    expect(api.openFiles).toHaveBeenCalledWith(
      expect.objectContaining({ multiple: true, maxBytes: 100, filters: [expect.objectContaining({ extensions: expect.arrayContaining(['jpg']) })] }),
    );
    expect(result.tooLarge).toEqual(['video.mp4']);
    expect(result.files[0]?.name).toBe('photo.jpg');
    expect(result.files[0]?.type).toBe('image/jpeg');
    expect(Array.from(new Uint8Array(await result.files[0]!.arrayBuffer()))).toEqual([1, 2, 3]);
  });

  it('prints and prints to PDF through the bridge', async () => {
    const api = fakeApi();
    const platform = createDesktopPlatform(api);
    await expect(platform.print()).resolves.toBeUndefined();
    expect(api.print).toHaveBeenCalledWith({});
    await platform.printToPdf('退货单/0042', { pageSize: 'A5', landscape: true });
    expect(api.printToPdf).toHaveBeenCalledWith({ suggestedName: '退货单_0042', pageSize: 'A5', landscape: true });
  });

  it('writes, lists and reads backups through the bridge', async () => {
    const api = fakeApi();
    const backups = createDesktopPlatform(api).backups;
    const data = new Uint8Array([1, 2, 3]);
    expect(await backups?.write('QA1', data, 'beforeImport')).toMatchObject({ ok: true });
    expect(api.writeBackup).toHaveBeenCalledWith({ stationCode: 'QA1', data, reason: 'beforeImport' });
    await backups?.write('QA1', data, 'scheduled', ['c'.repeat(64)]);
    expect(api.writeBackup).toHaveBeenLastCalledWith({ stationCode: 'QA1', data, reason: 'scheduled', attachments: ['c'.repeat(64)] });
    expect(await backups?.list()).toEqual({ folder: '/data/backups', backups: [] });
    expect(await backups?.read('QA1-20261125-100000.ckb')).toEqual(new Uint8Array([7]));
    expect(api.readBackup).toHaveBeenCalledWith({ name: 'QA1-20261125-100000.ckb' });
    expect(await backups?.attachments.list()).toEqual(['a'.repeat(64)]);
    expect(await backups?.attachments.write('b'.repeat(64), data)).toEqual({ ok: true });
    expect(api.writeBackupAttachment).toHaveBeenCalledWith({ sha256: 'b'.repeat(64), data });
    expect(await backups?.attachments.read('b'.repeat(64))).toEqual(new Uint8Array([8]));
    expect(api.readBackupAttachment).toHaveBeenCalledWith({ sha256: 'b'.repeat(64) });
  });

  it('is picked when the bridge is present', () => {
    expect(pickPlatform({ complaintDesk: fakeApi() }).kind).toBe('desktop');
  });
});
