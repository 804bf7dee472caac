// Backups in the real shell: the main process writes them into <userData>/backups,
// lists them and reads one back for a restore. Runs only where the Electron binary
// is installed; elsewhere each test is skipped with the reason.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect as baseExpect, test, type ElectronApplication, type Page } from '@playwright/test';
import { ELECTRON_MISSING_REASON, findElectronBinary, launchShell } from './electron-binary';
import { logIn, seededLogin, SHELL_ORIGIN } from '../fixtures/seed';

const projectRoot = resolve(__dirname, '../..');
const bin = findElectronBinary(projectRoot);
const expect = baseExpect.configure({ timeout: 30_000 });
const BACKUP_FILE = /^QA1-\d{8}-\d{6}(-\d+)?\.ckb$/;

async function go(page: Page, hash: string) {
  await page.evaluate((h) => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = h;
  }, hash);
}

async function recordComplaint(page: Page, customer: string) {
  await go(page, '#/complaints/new');
  await page.getByLabel('客户名称', { exact: true }).fill(customer);
  await page.getByLabel('产品名称', { exact: true }).fill('液压泵');
  await page.getByLabel('问题描述', { exact: true }).fill('泵体漏油');
  await page.getByRole('checkbox', { name: '换货' }).check();
  await page.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByTestId('complaint-number')).toBeVisible();
}

test.describe('backups in the Electron shell', () => {
  test.skip(!bin, ELECTRON_MISSING_REASON);
  test.describe.configure({ timeout: 180_000 });

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

  const backupFiles = () => {
    try {
      return readdirSync(join(userData, 'backups')).filter((n) => BACKUP_FILE.test(n));
    } catch {
      return [];
    }
  };

  test('writes a backup at start and on demand into userData/backups, and restores one', async () => {
    const page = await app.firstWindow();
    await seededLogin(page, 'qam', { origin: SHELL_ORIGIN });
    // The start-up backup: a new database has none yet.
    await expect.poll(backupFiles).toHaveLength(1);

    await recordComplaint(page, '华东精密机械有限公司');
    await go(page, '#/settings');
    await page.getByTestId('backup-now').click();
    await expect.poll(backupFiles).toHaveLength(2);
    await expect(page.getByTestId('backup-row')).toHaveCount(2);
    await expect(page.getByText(join(userData, 'backups'))).toBeVisible();

    await recordComplaint(page, '苏州恒达电子');
    await go(page, '#/settings');
    await page.getByTestId('backup-restore').first().click();
    await Promise.all([
      page.waitForEvent('load'),
      page.locator('.ant-modal-confirm').getByRole('button', { name: /恢\s*复/ }).click(),
    ]);
    // The app restarts on the restored database: a login again.
    await logIn(page);
    await go(page, '#/');
    await expect(page.getByText('华东精密机械有限公司')).toBeVisible();
    await expect(page.getByText('苏州恒达电子')).toHaveCount(0);
    // A restore reads; it never deletes or rewrites the backups.
    expect(backupFiles()).toHaveLength(2);
  });
});
