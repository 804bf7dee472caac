import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  app: { getPath: vi.fn(() => '/home/qa/Documents') },
  dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
  BrowserWindow: { fromWebContents: vi.fn(() => ({ id: 'main-window' })) },
}));
const fs = vi.hoisted(() => ({ writeFile: vi.fn(async () => undefined), readFile: vi.fn(), stat: vi.fn() }));

vi.mock('electron', () => electron);
vi.mock('node:fs/promises', () => fs);

const { electronFileServices, electronPrintServices } = await import('./bindings');

beforeEach(() => vi.clearAllMocks());

describe('electron bindings', () => {
  it('opens the save dialog on the sender window and writes the chosen file', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/qa/Documents/a.zip' });
    const data = new Uint8Array([9]);
    const result = await electronFileServices.saveFile({ suggestedName: 'a.zip', data }, {} as never);
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith({ id: 'main-window' }, { defaultPath: '/home/qa/Documents/a.zip' });
    expect(fs.writeFile).toHaveBeenCalledWith('/home/qa/Documents/a.zip', data);
    expect(result).toEqual({ saved: true, path: '/home/qa/Documents/a.zip' });
  });

  it('turns the print callback into a result', async () => {
    const sender = { print: vi.fn((_options: unknown, callback: (ok: boolean, reason: string) => void) => callback(false, 'cancelled')) };
    expect(await electronPrintServices.print(sender as never)).toEqual({ ok: false });
    expect(sender.print).toHaveBeenCalledWith({ silent: false, printBackground: true }, expect.any(Function));
  });

  it('renders the sender to PDF before asking where to save it', async () => {
    const sender = { printToPDF: vi.fn(async () => Buffer.from('%PDF')) };
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/tmp/x.pdf' });
    const result = await electronPrintServices.printToPdf({ suggestedName: 'x', pageSize: 'A4', landscape: true }, sender as never);
    expect(sender.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'A4', landscape: true }));
    expect(fs.writeFile).toHaveBeenCalledWith('/tmp/x.pdf', new Uint8Array(Buffer.from('%PDF')));
    expect(result).toEqual({ saved: true, path: '/tmp/x.pdf' });
  });
});
