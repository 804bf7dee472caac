import { describe, expect, it, vi } from 'vitest';
import { printPage, printPageToPdf, type PrintToPdfDeps } from './print';

describe('printPage', () => {
  it('opens the system dialog (not silent) and reports the outcome', async () => {
    const print = vi.fn(async () => true);
    expect(await printPage({ print })).toEqual({ ok: true });
    expect(print).toHaveBeenCalledWith({ silent: false, printBackground: true });
    expect(await printPage({ print: async () => false })).toEqual({ ok: false });
  });
});

describe('printPageToPdf', () => {
  const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46]);

  function deps(choice: { canceled: boolean; filePath?: string }) {
    return {
      defaultDir: '/docs',
      printToPDF: vi.fn(async () => pdf),
      showSaveDialog: vi.fn(async () => choice),
      writeFile: vi.fn(async () => undefined),
    } satisfies PrintToPdfDeps;
  }

  it('renders with the page size and orientation, asks where, then writes the PDF', async () => {
    const d = deps({ canceled: false, filePath: '/docs/return-slip.pdf' });
    const result = await printPageToPdf({ suggestedName: 'return-slip', pageSize: 'A5', landscape: true }, d);
    expect(d.printToPDF).toHaveBeenCalledWith({ pageSize: 'A5', landscape: true, printBackground: true, preferCSSPageSize: false });
    expect(d.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: '/docs/return-slip.pdf',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    expect(d.writeFile).toHaveBeenCalledWith('/docs/return-slip.pdf', pdf);
    expect(result).toEqual({ saved: true, path: '/docs/return-slip.pdf' });
  });

  it('does not add a second .pdf', async () => {
    const d = deps({ canceled: true });
    await printPageToPdf({ suggestedName: '8D.PDF', pageSize: 'A4', landscape: false }, d);
    expect(d.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: '/docs/8D.PDF' }));
  });

  it('writes nothing when cancelled', async () => {
    const d = deps({ canceled: true });
    expect(await printPageToPdf({ suggestedName: 'x', pageSize: 'A4', landscape: false }, d)).toEqual({ saved: false });
    expect(d.writeFile).not.toHaveBeenCalled();
  });

  it('asks nothing when rendering fails', async () => {
    const d = deps({ canceled: false, filePath: '/docs/x.pdf' });
    d.printToPDF.mockRejectedValueOnce(new Error('render failed'));
    await expect(printPageToPdf({ suggestedName: 'x', pageSize: 'A4', landscape: false }, d)).rejects.toThrow('render failed');
    expect(d.showSaveDialog).not.toHaveBeenCalled();
    expect(d.writeFile).not.toHaveBeenCalled();
  });
});
