/**
 * Backups through a fake desktop bridge: page.addInitScript installs
 * window.complaintDesk before the app loads, so the platform picks the desktop
 * implementation (src/platform/index.ts). Its backups folder is sessionStorage,
 * which survives the reload a restore does. Record a complaint, back up, change
 * the data, restore: the backed-up data is back, in a new database, and the old
 * database is still there.
 */
import type { Page } from '@playwright/test';
import { test, expect as baseExpect } from '../fixtures/app';
import { logIn, seededLogin } from '../fixtures/seed';

// Generous: six people share this machine's two cores; nothing here measures speed.
const expect = baseExpect.configure({ timeout: 60_000 });

/** Runs in the page before any app script. `freeBytes` in sessionStorage fakes the disk. */
function installFakeBridge() {
  const KEY = 'fake.backups';
  const PNG_B64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
  type Stored = { name: string; size: number; createdAt: string; data: string };
  const load = (): Stored[] => JSON.parse(sessionStorage.getItem(KEY) ?? '[]') as Stored[];
  const save = (list: Stored[]) => sessionStorage.setItem(KEY, JSON.stringify(list));
  const toB64 = (bytes: Uint8Array) => {
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(s);
  };
  const fromB64 = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const info = ({ name, size, createdAt }: Stored) => ({ name, size, createdAt });
  const FILES = 'fake.backupAttachments';
  const files = (): Record<string, string> => JSON.parse(sessionStorage.getItem(FILES) ?? '{}') as Record<string, string>;
  (window as unknown as Record<string, unknown>).complaintDesk = {
    saveFile: async () => ({ saved: false }),
    // The shell's file dialog: it always picks one 1×1 PNG, the evidence photo.
    openFiles: async () => ({ files: [{ name: '漏油.png', data: fromB64(PNG_B64), size: 70 }], tooLarge: [] }),
    print: async () => ({ ok: false }),
    printToPdf: async () => ({ saved: false }),
    writeBackup: async ({ stationCode, data, reason }: { stationCode: string; data: Uint8Array; reason: string }) => {
      const free = Number(sessionStorage.getItem('fake.freeBytes') ?? 10 * 1024 ** 3);
      const required = data.byteLength * 2 + 200 * 1024 * 1024;
      if (free < required) return { ok: false, reason: 'diskFull', freeBytes: free, requiredBytes: required };
      const list = load();
      const entry = { name: `${stationCode}-20261125-10000${list.length}.ckb`, size: data.byteLength, createdAt: new Date().toISOString(), data: toB64(data) };
      save([entry, ...list]);
      sessionStorage.setItem('fake.reasons', `${sessionStorage.getItem('fake.reasons') ?? ''}${reason},`);
      return { ok: true, backup: info(entry) };
    },
    listBackups: async () => ({ folder: '/home/qa/.config/complaint-desk/backups', backups: load().map(info) }),
    readBackup: async ({ name }: { name: string }) => {
      const found = load().find((b) => b.name === name);
      if (!found) throw new Error(`no backup ${name}`);
      return { data: fromB64(found.data) };
    },
    // The attachments the backups share, by hash (like <backups>/attachments/ in the shell).
    listBackupAttachments: async () => ({ sha256: Object.keys(files()) }),
    writeBackupAttachment: async ({ sha256, data }: { sha256: string; data: Uint8Array }) => {
      sessionStorage.setItem(FILES, JSON.stringify({ ...files(), [sha256]: toB64(data) }));
      return { ok: true };
    },
    readBackupAttachment: async ({ sha256 }: { sha256: string }) => {
      const b64 = files()[sha256];
      if (!b64) throw new Error(`no attachment ${sha256}`);
      return { data: fromB64(b64) };
    },
  };
}

async function openBackups(page: Page) {
  await page.goto('/index.html#/settings');
  await expect(page.getByTestId('backups-card')).toBeVisible();
}

test.describe('backups and restore (desktop bridge)', () => {
  // Many page loads and a reload on a shared 2-core machine.
  test.describe.configure({ timeout: 480_000 });
  // The fake shell must be there from the app's first start: seed and log in after installing it.
  test.use({ loginAs: null });
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(installFakeBridge);
    await seededLogin(page);
  });

  test('backs up at start and on demand, and a restore brings the backed-up data back without clearing the old', async ({ page, complaintForm, tracking }, testInfo) => {
    await complaintForm.openNew();
    await complaintForm.fill({ customer: '华东精密机械有限公司', product: '液压泵', symptom: '泵体漏油' });
    // The fake shell's dialog picks the photo (installFakeBridge).
    await page.getByRole('button', { name: '添加附件' }).click();
    await expect(page.getByRole('img', { name: '漏油.png' })).toBeVisible();
    await complaintForm.save.click();
    await expect(page.getByTestId('complaint-number')).toContainText(/QA1-\d{4}-0001/);
    const number = ((await page.getByTestId('complaint-number').textContent()) ?? '').match(/QA1-\d{4}-0001/)?.[0] ?? '';

    await openBackups(page);
    // The start-up backup ran when the app opened (the database was new).
    await expect(page.getByTestId('backup-row')).toHaveCount(1);
    await page.getByTestId('backup-now').click();
    await expect(page.getByText(/已备份：QA1-/)).toBeVisible();
    await expect(page.getByTestId('backup-row')).toHaveCount(2);
    expect(await page.evaluate(() => sessionStorage.getItem('fake.reasons'))).toBe('scheduled,manual,');
    // The photo went to the shared store once; the backup files hold the tables only.
    expect(await page.evaluate(() => Object.keys(JSON.parse(sessionStorage.getItem('fake.backupAttachments') ?? '{}') as object).length)).toBe(1);
    await page.screenshot({ path: testInfo.outputPath('backups-card.png'), fullPage: true });

    // Change the data after the backup: a second complaint.
    await complaintForm.openNew();
    await complaintForm.fill({ customer: '苏州恒达电子', product: '控制板', symptom: '上电后无输出' });
    await complaintForm.save.click();
    await expect(page.getByTestId('complaint-number')).toContainText(/QA1-\d{4}-0002/);
    await tracking.open();
    await expect(tracking.rows).toHaveCount(2);

    await openBackups(page);
    await page.getByTestId('backup-restore').first().click();
    await expect(page.getByTestId('restore-explain')).toContainText('当前的数据不会被清除');
    await page.screenshot({ path: testInfo.outputPath('restore-confirm.png') });
    await page.locator('.ant-modal-confirm').getByRole('button', { name: /恢\s*复/ }).click();

    // The app restarts on the restored database (a login again): only the backed-up complaint.
    await page.waitForURL(/#\/settings/);
    await logIn(page);
    await tracking.open();
    await expect(tracking.rows).toHaveCount(1);
    await expect(page.getByText('华东精密机械有限公司')).toBeVisible();
    await expect(page.getByText('苏州恒达电子')).toHaveCount(0);
    // Its photo came back from the store with it.
    await tracking.openComplaint(number);
    await expect(page.getByRole('img', { name: '漏油.png' })).toBeVisible();

    const state = await page.evaluate(async () => ({
      active: localStorage.getItem('complaint-desk.activeDatabase'),
      previous: localStorage.getItem('complaint-desk.previousDatabases'),
      databases: (await indexedDB.databases()).map((d) => d.name),
    }));
    expect(state.active).toMatch(/^complaint-desk-restored-\d{17}$/);
    expect(state.previous).toBe('["complaint-desk"]');
    // The old database is kept, not cleared.
    expect(state.databases).toEqual(expect.arrayContaining(['complaint-desk', state.active]));

    // Switching back finds the old data as it was; then the restored copy can be deleted.
    await openBackups(page);
    await page.getByTestId('previous-databases').getByRole('button', { name: '切换回此数据' }).click();
    await page.waitForURL(/#\/settings/);
    await logIn(page);
    await expect(page.getByTestId('previous-databases')).toContainText(state.active ?? '?');
    await page.getByTestId('previous-databases').getByRole('button', { name: '删除…' }).click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: /删\s*除/ }).click();
    await expect(page.getByTestId('previous-databases')).toHaveCount(0);
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain(state.active);
    await tracking.open();
    await expect(tracking.rows).toHaveCount(2);
    await expect(page.getByText('苏州恒达电子')).toBeVisible();
  });

  test('refuses to back up on a full disk with the figures, and writes nothing', async ({ page }) => {
    await expect.poll(() => page.evaluate(() => sessionStorage.getItem('fake.reasons'))).toBe('scheduled,');
    await openBackups(page);
    await expect(page.getByTestId('backup-row')).toHaveCount(1);
    await page.evaluate(() => sessionStorage.setItem('fake.freeBytes', String(150 * 1024 * 1024)));
    await page.getByTestId('backup-now').click();
    await expect(page.getByTestId('backup-error')).toContainText('磁盘空间不足，未写入备份：可用 150 MB');
    await expect(page.getByTestId('backup-row')).toHaveCount(1);
  });
});
