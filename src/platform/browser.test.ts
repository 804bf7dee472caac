import { describe, expect, it, vi } from 'vitest';
import { createBrowserPlatform, type BrowserEnv } from './browser';

// A DOM just deep enough for the platform: elements record what was done to them.
class FakeElement extends EventTarget {
  style: Record<string, string> = {};
  attached = false;
  clicked = 0;
  files: File[] | null = null;
  [key: string]: unknown;
  constructor(public tagName: string) {
    super();
  }
  click() {
    this.clicked += 1;
  }
  remove() {
    this.attached = false;
  }
}

function fakeEnv() {
  const created: FakeElement[] = [];
  const timers: Array<() => void> = [];
  const env = {
    document: {
      createElement: (tag: string) => {
        const element = new FakeElement(tag);
        created.push(element);
        return element;
      },
      body: { append: (element: FakeElement) => (element.attached = true) },
    } as unknown as Document,
    print: vi.fn(),
    createObjectURL: vi.fn(() => 'blob:test/1'),
    revokeObjectURL: vi.fn(),
    setTimeout: vi.fn((callback: () => void) => timers.push(callback)),
  } satisfies BrowserEnv;
  return { env, created, runTimers: () => timers.forEach((run) => run()) };
}

describe('browser platform', () => {
  it('downloads through a clicked anchor with the download attribute, then frees the URL later', async () => {
    const { env, created, runTimers } = fakeEnv();
    const result = await createBrowserPlatform(env).saveFile('bundle.zip', new Uint8Array([1, 2]), 'application/zip');
    expect(result).toEqual({ saved: true });
    const anchor = created[0];
    expect(anchor?.tagName).toBe('a');
    expect(anchor?.['download']).toBe('bundle.zip');
    expect(anchor?.['href']).toBe('blob:test/1');
    expect(anchor?.clicked).toBe(1);
    expect(anchor?.attached).toBe(false);
    const blob = (env.createObjectURL.mock.calls[0] as unknown as [Blob])[0];
    expect(blob.type).toBe('application/zip');
    expect(blob.size).toBe(2);
    expect(env.revokeObjectURL).not.toHaveBeenCalled();
    runTimers();
    expect(env.revokeObjectURL).toHaveBeenCalledWith('blob:test/1');
  });

  it('opens files through a hidden file input and sorts out the large ones', async () => {
    const { env, created } = fakeEnv();
    const pending = createBrowserPlatform(env).openFiles({ accept: '.zip', multiple: true, maxBytes: 3 });
    const input = created[0]!;
    expect(input.tagName).toBe('input');
    expect(input['type']).toBe('file');
    expect(input['accept']).toBe('.zip');
    expect(input['multiple']).toBe(true);
    expect(input.clicked).toBe(1);
    input.files = [new File(['ab'], 'small.zip'), new File(['abcdef'], 'big.zip')];
    input.dispatchEvent(new Event('change'));
    const result = await pending;
    expect(result.files.map((file) => file.name)).toEqual(['small.zip']);
    expect(result.tooLarge).toEqual(['big.zip']);
    expect(input.attached).toBe(false);
  });

  it('resolves empty when the picker is cancelled', async () => {
    const { env, created } = fakeEnv();
    const pending = createBrowserPlatform(env).openFiles({ accept: '', multiple: false, maxBytes: 3 });
    created[0]!.dispatchEvent(new Event('cancel'));
    expect(await pending).toEqual({ files: [], tooLarge: [] });
  });

  it('prints with window.print, and falls back to it for PDF without claiming a save', async () => {
    const { env } = fakeEnv();
    const platform = createBrowserPlatform(env);
    await platform.print();
    expect(env.print).toHaveBeenCalledTimes(1);
    expect(await platform.printToPdf('x', { pageSize: 'A4', landscape: false })).toEqual({ saved: false });
    expect(env.print).toHaveBeenCalledTimes(2);
    expect(platform.kind).toBe('browser');
  });
});
