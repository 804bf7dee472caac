import { ZodError } from 'zod';
import { describe, expect, it, vi } from 'vitest';
import { desktopChannels } from '../../../src/platform/desktop-api';
import { createOriginPolicy } from '../app-origin';
import { registerBackupIpc, type BackupServices } from './backups';

vi.mock('electron', () => {
  throw new Error('the IPC handlers should only import types from electron');
});

type Handler = (event: unknown, raw: unknown) => Promise<unknown>;
const fromApp = { senderFrame: { url: 'app://renderer/index.html#/settings', parent: null }, sender: { id: 1 } };

function setup() {
  const handlers = new Map<string, Handler>();
  const services = {
    writeBackup: vi.fn(async () => ({ ok: true })),
    listBackups: vi.fn(async () => ({ folder: '/b', backups: [] })),
    readBackup: vi.fn(async () => ({ data: new Uint8Array() })),
    listBackupAttachments: vi.fn(async () => ({ sha256: [] })),
    writeBackupAttachment: vi.fn(async () => ({ ok: true })),
    readBackupAttachment: vi.fn(async () => ({ data: new Uint8Array() })),
  };
  registerBackupIpc({ handle: (channel: string, h: Handler) => void handlers.set(channel, h) } as never, createOriginPolicy(undefined), services as unknown as BackupServices);
  const invoke = (channel: string, raw: unknown) => (handlers.get(channel) as Handler)(fromApp, raw);
  return { services, invoke };
}

describe('backup IPC', () => {
  it('reads only backup names: no paths, no other files', async () => {
    const { services, invoke } = setup();
    for (const name of ['../secrets.ckb', 'QA1-20261125-100000.ckd', '/etc/passwd', 'QA1-20261125-100000.ckb/..', 'qa1-20261125-100000.ckb', '']) {
      await expect(invoke(desktopChannels.readBackup, { name }), name).rejects.toBeInstanceOf(ZodError);
    }
    expect(services.readBackup).not.toHaveBeenCalled();
    await invoke(desktopChannels.readBackup, { name: 'QA1-20261125-100000-2.ckb' });
    expect(services.readBackup).toHaveBeenCalledWith('QA1-20261125-100000-2.ckb');
  });

  it('writes only with a valid station code, bytes and reason', async () => {
    const { services, invoke } = setup();
    for (const args of [
      { stationCode: '../x', data: new Uint8Array([1]), reason: 'manual' },
      { stationCode: 'QA1', data: 'bytes', reason: 'manual' },
      { stationCode: 'QA1', data: new Uint8Array([1]), reason: 'whenever' },
      { stationCode: 'QA1', data: new Uint8Array([1]), reason: 'manual', dir: '/tmp' },
    ]) {
      await expect(invoke(desktopChannels.writeBackup, args)).rejects.toBeInstanceOf(ZodError);
    }
    expect(services.writeBackup).not.toHaveBeenCalled();
    const good = { stationCode: 'QA1', data: new Uint8Array([1]), reason: 'beforeImport' };
    await invoke(desktopChannels.writeBackup, good);
    expect(services.writeBackup).toHaveBeenCalledWith(good);
  });

  it('takes attachments only by a 64-hex hash: no paths, no other names', async () => {
    const { services, invoke } = setup();
    for (const sha256 of ['../x', 'A'.repeat(64), 'a'.repeat(63), `${'a'.repeat(64)}/..`, '']) {
      await expect(invoke(desktopChannels.readBackupAttachment, { sha256 }), sha256).rejects.toBeInstanceOf(ZodError);
      await expect(invoke(desktopChannels.writeBackupAttachment, { sha256, data: new Uint8Array([1]) }), sha256).rejects.toBeInstanceOf(ZodError);
    }
    await expect(invoke(desktopChannels.writeBackupAttachment, { sha256: 'a'.repeat(64), data: 'bytes' })).rejects.toBeInstanceOf(ZodError);
    expect(services.readBackupAttachment).not.toHaveBeenCalled();
    expect(services.writeBackupAttachment).not.toHaveBeenCalled();
    await invoke(desktopChannels.readBackupAttachment, { sha256: 'a'.repeat(64) });
    expect(services.readBackupAttachment).toHaveBeenCalledWith('a'.repeat(64));
  });
});
