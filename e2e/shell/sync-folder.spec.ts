// The sync folder through the real shell: the folder dialog (stubbed in the main
// process to answer with a temp folder), the remembered choice, the atomic write
// into this station's own subfolder, and the watcher that makes the page sync
// when another station's file appears. Runs only where the Electron binary is
// installed; skipped with the reason elsewhere.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { ELECTRON_MISSING_REASON, findElectronBinary, launchShell } from './electron-binary';
import { ComplaintFormPage } from '../pages/complaint-form-page';
import { SyncFolderCard } from '../pages/sync-folder-card';
import { seededLogin, SHELL_ORIGIN } from '../fixtures/seed';

const projectRoot = resolve(__dirname, '../..');
const bin = findElectronBinary(projectRoot);
const OTHER = 'WH1-01JD0000000000000000000002';

test.describe('sync folder in the Electron shell', () => {
  test.skip(!bin, ELECTRON_MISSING_REASON);
  test.describe.configure({ timeout: 180_000 });

  let app: ElectronApplication;
  let dir: string;
  let share: string;

  const launch = async () => {
    app = await launchShell(bin!, join(dir, 'user-data'), projectRoot);
  };

  const openSyncPage = async (): Promise<{ page: Page; card: SyncFolderCard }> => {
    const page = await app.firstWindow();
    await seededLogin(page, 'qam', { origin: SHELL_ORIGIN });
    await page.getByRole('link', { name: /同\s*步/ }).click();
    return { page, card: new SyncFolderCard(page) };
  };

  test.beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'complaint-desk-sync-folder-'));
    share = join(dir, 'share');
    mkdirSync(share);
    await launch();
  });

  test.afterEach(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('writes into its own subfolder, remembers the folder, and syncs when another station’s file appears', async () => {
    await app.evaluate(({ dialog }, folder) => {
      dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [folder] })) as typeof dialog.showOpenDialog;
    }, share);
    const page = await app.firstWindow();
    await seededLogin(page, 'qam', { origin: SHELL_ORIGIN });
    const form = new ComplaintFormPage(page);
    await page.getByRole('link', { name: '新建投诉' }).click();
    await form.fill({ customer: '华东精密机械有限公司', product: '液压泵', symptom: '泵体接合面漏油' });
    await form.save.click();
    await expect(page.getByTestId('complaint-number')).toContainText(/QA1-\d{4}-\d{4}/);

    let { card } = await openSyncPage();
    await expect(card.path).toHaveText('尚未选择文件夹');
    await card.chooseFolder();
    await expect(card.path).toHaveText(share);
    const subfolder = (await card.subfolder.textContent()) ?? '';

    // The first sync writes the complaint as one bundle, renamed into place.
    await card.syncNow();
    await expect(card.pushed).toContainText('已写出同步包');
    expect(readdirSync(share)).toEqual([subfolder]);
    const written = readdirSync(join(share, subfolder));
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^QA1-\d{8}-\d{6}-\d+\.ckd$/);

    // A symlinked "station" pointing outside the folder is never read.
    const outside = join(dir, 'outside');
    mkdirSync(outside);
    writeFileSync(join(outside, 'XX9-20261125-090000-1.ckd'), 'secret');
    symlinkSync(outside, join(share, 'XX9-01JD0000000000000000000009'), 'dir');

    // The folder is remembered across a restart.
    await app.close();
    await launch();
    ({ card } = await openSyncPage());
    await expect(card.path).toHaveText(share);

    // With automatic sync on, a bundle appearing in another subfolder is picked up without a click.
    // (A copy of our own bundle: the import recognises it and says so, which proves it was read.)
    await card.autoSync.click();
    mkdirSync(join(share, OTHER));
    copyFileSync(join(share, subfolder, written[0] ?? ''), join(share, OTHER, 'WH1-20261125-110000-3.ckd'));
    await expect(card.row(card.refused, `${OTHER}/WH1-20261125-110000-3.ckd`)).toContainText('这是本站导出的同步包');
    await expect(card.refused).not.toContainText('XX9-');
    // Nothing temporary is left behind.
    expect(readdirSync(join(share, subfolder)).filter((name) => !/^QA1-\d{8}-\d{6}-\d+\.ckd$/.test(name))).toEqual([]);
    expect(existsSync(join(dir, 'user-data', 'sync-folder.json'))).toBe(true);
  });
});
