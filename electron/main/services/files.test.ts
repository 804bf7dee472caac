import { describe, expect, it, vi } from 'vitest';
import { openFiles, saveFile, type OpenDeps, type SaveDeps } from './files';

function saveDeps(choice: { canceled: boolean; filePath?: string }): SaveDeps & {
  showSaveDialog: ReturnType<typeof vi.fn>;
  writeFile: ReturnType<typeof vi.fn>;
} {
  return {
    defaultDir: '/home/qa/Documents',
    showSaveDialog: vi.fn(async () => choice),
    writeFile: vi.fn(async () => undefined),
  };
}

describe('saveFile', () => {
  const data = new Uint8Array([1, 2, 3]);

  it('suggests the name in the default folder, then writes where the user chose', async () => {
    const deps = saveDeps({ canceled: false, filePath: '/mnt/usb/8D-QA1-2026-0042.docx' });
    const result = await saveFile(
      { suggestedName: '8D-QA1-2026-0042.docx', data, filters: [{ name: 'Word', extensions: ['docx'] }] },
      deps,
    );
    expect(deps.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: '/home/qa/Documents/8D-QA1-2026-0042.docx',
      filters: [{ name: 'Word', extensions: ['docx'] }],
    });
    expect(deps.writeFile).toHaveBeenCalledWith('/mnt/usb/8D-QA1-2026-0042.docx', data);
    expect(result).toEqual({ saved: true, path: '/mnt/usb/8D-QA1-2026-0042.docx' });
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const deps = saveDeps({ canceled: true });
    expect(await saveFile({ suggestedName: 'a.zip', data }, deps)).toEqual({ saved: false });
    expect(deps.writeFile).not.toHaveBeenCalled();
    expect(deps.showSaveDialog).toHaveBeenCalledWith({ defaultPath: '/home/qa/Documents/a.zip' });
  });

  it('writes nothing when the dialog returns no path', async () => {
    const deps = saveDeps({ canceled: false, filePath: '' });
    expect(await saveFile({ suggestedName: 'a.zip', data }, deps)).toEqual({ saved: false });
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it('lets a write error reach the caller', async () => {
    const deps = saveDeps({ canceled: false, filePath: '/ro/a.zip' });
    deps.writeFile.mockRejectedValueOnce(new Error('EROFS'));
    await expect(saveFile({ suggestedName: 'a.zip', data }, deps)).rejects.toThrow('EROFS');
  });
});

function openDeps(paths: string[], sizes: Record<string, number>, canceled = false) {
  const deps = {
    showOpenDialog: vi.fn(async () => ({ canceled, filePaths: paths })),
    stat: vi.fn(async (path: string) => ({
      size: sizes[path] ?? 0,
      isFile: () => sizes[path] !== undefined,
    })),
    readFile: vi.fn(async (path: string) => Buffer.alloc(sizes[path] ?? 0, 7)),
  } satisfies OpenDeps;
  return deps;
}

describe('openFiles', () => {
  it('reads the chosen files and refuses large ones by name without reading them', async () => {
    const deps = openDeps(['/in/photo.jpg', '/in/video.mp4'], { '/in/photo.jpg': 10, '/in/video.mp4': 5000 });
    const result = await openFiles({ multiple: true, maxBytes: 1000 }, deps);
    expect(deps.showOpenDialog).toHaveBeenCalledWith({ properties: ['openFile', 'multiSelections'] });
    expect(result.tooLarge).toEqual(['video.mp4']);
    expect(result.files).toHaveLength(1);
    expect(result.files[0]?.name).toBe('photo.jpg');
    expect(result.files[0]?.size).toBe(10);
    expect(result.files[0]?.data).toBeInstanceOf(Uint8Array);
    expect(Buffer.isBuffer(result.files[0]?.data)).toBe(false);
    expect(Array.from(result.files[0]?.data ?? [])).toEqual(new Array(10).fill(7));
    expect(deps.readFile).toHaveBeenCalledTimes(1);
    expect(deps.readFile).not.toHaveBeenCalledWith('/in/video.mp4');
  });

  it('passes filters and single selection to the dialog', async () => {
    const deps = openDeps(['/in/a.zip', '/in/b.zip'], { '/in/a.zip': 1, '/in/b.zip': 1 });
    const filters = [{ name: 'Bundles', extensions: ['zip'] }];
    const result = await openFiles({ filters, maxBytes: 10 }, deps);
    expect(deps.showOpenDialog).toHaveBeenCalledWith({ filters, properties: ['openFile'] });
    expect(result.files.map((file) => file.name)).toEqual(['a.zip']);
  });

  it('returns nothing and reads nothing when cancelled', async () => {
    const deps = openDeps(['/in/a.zip'], { '/in/a.zip': 1 }, true);
    expect(await openFiles({ maxBytes: 10 }, deps)).toEqual({ files: [], tooLarge: [] });
    expect(deps.stat).not.toHaveBeenCalled();
    expect(deps.readFile).not.toHaveBeenCalled();
  });

  it('skips what is not a regular file', async () => {
    const deps = openDeps(['/in/folder'], {});
    expect(await openFiles({ maxBytes: 10 }, deps)).toEqual({ files: [], tooLarge: [] });
    expect(deps.readFile).not.toHaveBeenCalled();
  });

  it('refuses a file that grew past the limit between stat and read', async () => {
    const deps = openDeps(['/in/log.txt'], { '/in/log.txt': 5 });
    deps.readFile.mockResolvedValueOnce(Buffer.alloc(50));
    const result = await openFiles({ maxBytes: 10 }, deps);
    expect(result).toEqual({ files: [], tooLarge: ['log.txt'] });
  });
});
