// The real Electron shell: window, isolation and the bridge. Runs only where the
// Electron binary is installed; elsewhere each test is skipped with the reason.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type ElectronApplication } from '@playwright/test';
import { desktopChannels, desktopEventChannels } from '../../src/platform/desktop-api';
import { ELECTRON_MISSING_REASON, findElectronBinary, launchShell } from './electron-binary';
import { seededLogin, SHELL_ORIGIN } from '../fixtures/seed';

const projectRoot = resolve(__dirname, '../..');
const bin = findElectronBinary(projectRoot);

test.describe('Electron shell', () => {
  test.skip(!bin, ELECTRON_MISSING_REASON);

  let app: ElectronApplication;
  let userData: string;

  test.beforeEach(async () => {
    userData = mkdtempSync(join(tmpdir(), 'complaint-desk-e2e-'));
    app = await launchShell(bin!, userData, projectRoot);
  });

  test.afterEach(async () => {
    await app?.close();
    rmSync(userData, { recursive: true, force: true });
  });

  test('opens the main window with our title and the tracking table', async () => {
    const page = await app.firstWindow();
    await expect
      .poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle()))
      .toBe('客诉台 Complaint Desk');
    expect(page.url()).toBe('app://renderer/index.html');
    // A new installation opens on its first-run setup; after it, on the login screen, then the table.
    await seededLogin(page, 'qam', { origin: SHELL_ORIGIN });
    await expect(page.getByRole('heading', { name: '客户抱怨处理跟踪表' })).toBeVisible();
  });

  test('exposes only the bridge to the page, never Node', async () => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    const globals = await page.evaluate(() => {
      const scope = globalThis as Record<string, unknown>;
      const bridge = scope['complaintDesk'] as Record<string, unknown> | undefined;
      return {
        bridge: typeof bridge,
        methods: bridge ? Object.keys(bridge).sort() : [],
        require: typeof scope['require'],
        process: typeof scope['process'],
        module: typeof scope['module'],
      };
    });
    expect(globals).toEqual({
      bridge: 'object',
      methods: [...Object.keys(desktopChannels), ...Object.keys(desktopEventChannels)].sort(),
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
    });
  });

  test('keeps the window on our origin', async () => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    await page.evaluate(() => {
      (globalThis as unknown as { location: { href: string } }).location.href = 'https://evil.example/';
    });
    await page.waitForTimeout(300);
    expect(page.url()).toBe('app://renderer/index.html');
  });
});
