/**
 * The sync folder through a fake desktop shell. Each browser context gets the
 * bridge the preload would expose (window.complaintDesk, installed by an init
 * script), backed by one in-memory folder held here in the test process and
 * shared by both stations; a write by one station fires the other's change
 * event, as the main process's watcher would. Two stations, two contexts, two
 * IndexedDBs: A writes its bundles into its own subfolder, B imports them.
 */
import type { Browser, BrowserContext, Page, TestInfo } from '@playwright/test';
import { test, expect as baseExpect } from '../fixtures/app';
import { reloadAndLogIn, seededLogin } from '../fixtures/seed';
import { enrolEachOther } from '../fixtures/enrol';
import { SyncFolderCard } from '../pages/sync-folder-card';

// Two app instances on a shared 2-core machine: page loads can take many seconds.
// Each sync backs up first and two stations share two cores with the rest of the suite: allow slow syncs rather than flake.
const expect = baseExpect.configure({ timeout: 90_000 });

const FOLDER = '/srv/共享/客诉同步';
const PASSPHRASE = '仓库口令';
const DAMAGED = 'XX9-01JD0000000000000000000009/XX9-20261125-090000-1.ckd';

/** The shared folder: relative path → bytes, and who wants change events. */
class SharedFolder {
  readonly files = new Map<string, Buffer>();
  readonly watchers = new Map<Page, boolean>();

  /** What main does after a write: tell every other watching window. */
  announce(from: Page) {
    for (const [page, watching] of this.watchers) {
      if (page !== from && watching && !page.isClosed()) void page.evaluate(() => (window as unknown as { __fakeShellChanged(): void }).__fakeShellChanged()).catch(() => undefined);
    }
  }
}

async function installFakeShell(context: BrowserContext, folder: SharedFolder): Promise<void> {
  let chosen: string | null = null;
  await context.exposeBinding('__fakeShell', async ({ page }, op: string, ...args: unknown[]) => {
    switch (op) {
      case 'info':
        return chosen;
      case 'choose':
        chosen = FOLDER;
        return chosen;
      case 'list':
        if (!chosen) throw new Error('sync folder: noFolder');
        return [...folder.files].map(([path, bytes]) => ({ path, size: bytes.length }));
      case 'read': {
        const bytes = folder.files.get(String(args[0]));
        if (!bytes) throw new Error('sync folder: notAFile');
        return bytes.toString('base64');
      }
      case 'write':
        folder.files.set(`${String(args[0])}/${String(args[1])}`, Buffer.from(String(args[2]), 'base64'));
        folder.announce(page);
        return true;
      case 'watch':
        folder.watchers.set(page, Boolean(args[0]));
        return Boolean(args[0]);
      default:
        throw new Error(`fake shell: no ${op}`);
    }
  });
  await context.addInitScript(() => {
    type Call = (op: string, ...args: unknown[]) => Promise<unknown>;
    const call = (op: string, ...args: unknown[]) => (window as unknown as { __fakeShell: Call }).__fakeShell(op, ...args);
    const toBase64 = (bytes: Uint8Array) => {
      let text = '';
      for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(text);
    };
    const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
    const listeners = new Set<() => void>();
    (window as unknown as { __fakeShellChanged(): void }).__fakeShellChanged = () => {
      for (const listener of listeners) listener();
    };
    (window as unknown as { complaintDesk: unknown }).complaintDesk = {
      saveFile: async () => ({ saved: false }),
      openFiles: async () => ({ files: [], tooLarge: [] }),
      print: async () => ({ ok: false }),
      printToPdf: async () => ({ saved: false }),
      writeBackup: async ({ stationCode, data }: { stationCode: string; data: Uint8Array }) => ({
        ok: true,
        backup: { name: `${stationCode}-20261125-090000.ckb`, size: data.length, createdAt: new Date().toISOString() },
      }),
      listBackups: async () => ({ folder: '/fake/backups', backups: [] }),
      readBackup: async () => {
        throw new Error('fake shell: no backups');
      },
      listBackupAttachments: async () => ({ sha256: [] }),
      writeBackupAttachment: async () => ({ ok: true }),
      readBackupAttachment: async () => {
        throw new Error('fake shell: no backups');
      },
      syncFolderInfo: async () => ({ path: await call('info') }),
      syncFolderChoose: async () => ({ path: await call('choose') }),
      syncFolderList: async () => ({ files: await call('list') }),
      syncFolderRead: async ({ path }: { path: string }) => ({ data: fromBase64(String(await call('read', path))) }),
      syncFolderWriteOwn: async ({ subfolder, name, data }: { subfolder: string; name: string; data: Uint8Array }) => {
        await call('write', subfolder, name, toBase64(data));
        return { written: true };
      },
      syncFolderWatch: async ({ enabled }: { enabled: boolean }) => ({ watching: await call('watch', enabled) }),
      onSyncFolderChanged: (listener: () => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
  });
}

async function openStation(browser: Browser, testInfo: TestInfo, folder: SharedFolder) {
  const { baseURL, locale, timezoneId } = testInfo.project.use;
  const context = await browser.newContext({ baseURL, locale, timezoneId });
  await installFakeShell(context, folder);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await seededLogin(page);
  return { page, errors, close: () => context.close() };
}

async function setStationCode(page: Page, code: string) {
  await page.goto('/index.html#/settings');
  await page.getByLabel('站点代码', { exact: true }).fill(code);
  await page.getByRole('button', { name: /保\s*存/ }).first().click();
  await expect(page.getByText('已保存').first()).toBeVisible();
}

async function recordComplaint(page: Page, customer: string): Promise<string> {
  await page.goto('/index.html#/complaints/new');
  await page.getByLabel('客户名称', { exact: true }).fill(customer);
  await page.getByLabel('产品名称', { exact: true }).fill('液压泵');
  await page.getByLabel('问题描述', { exact: true }).fill('泵体漏油');
  await page.getByRole('checkbox', { name: '换货' }).check();
  await page.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByTestId('complaint-number')).toContainText(/QA1-\d{4}-\d{4}/);
  return ((await page.getByTestId('complaint-number').textContent()) ?? '').match(/QA1-\d{4}-\d{4}/)?.[0] ?? '';
}

/** Sync now and return the name of the bundle this station wrote. */
async function syncAndGetWritten(card: SyncFolderCard): Promise<string> {
  // The last result outlives the page (the runner belongs to the app): wait for this sync's own file.
  const before = (await card.pushed.isVisible()) ? await card.pushed.textContent() : null;
  await card.syncNow();
  await expect(card.pushed).toContainText('已写出同步包');
  if (before) await expect(card.pushed).not.toHaveText(before);
  return ((await card.pushed.textContent()) ?? '').match(/QA1-\d{8}-\d{6}-\d+\.ckd/)?.[0] ?? '';
}

test.describe('sync folder', () => {
  test('two stations share a folder: choose it, sync now, import the other station, refuse a damaged file, sync on change', async ({ browser }, testInfo) => {
    // Two app instances and a dozen page loads: many minutes on a shared 2-core machine.
    test.setTimeout(600_000);
    const folder = new SharedFolder();
    // Someone else's damaged bundle, plus a replication conflict copy and a temporary file that must be ignored.
    folder.files.set(DAMAGED, Buffer.from('not a zip at all'));
    folder.files.set(`${DAMAGED}.sync-conflict-20261125-090100-ABCDEFG`, Buffer.from('x'));
    folder.files.set('XX9-01JD0000000000000000000009/.XX9-20261125-090000-2.ckd.1a2b.tmp', Buffer.from('x'));
    const a = await openStation(browser, testInfo, folder);
    const b = await openStation(browser, testInfo, folder);
    await setStationCode(b.page, 'WH1');
    await enrolEachOther(a.page, b.page);

    // Station A records a complaint, chooses the folder and syncs: its bundle lands in its own subfolder.
    const number = await recordComplaint(a.page, '华东精密机械有限公司');
    const cardA = new SyncFolderCard(a.page);
    await cardA.open();
    await expect(cardA.path).toHaveText('尚未选择文件夹');
    await expect(cardA.syncButton).toBeDisabled();
    await cardA.chooseFolder();
    await expect(cardA.path).toHaveText(FOLDER);
    const subfolderA = (await cardA.subfolder.textContent()) ?? '';
    expect(subfolderA).toMatch(/^QA1-[0-9A-Z]{26}$/);
    const firstFile = await syncAndGetWritten(cardA);
    expect([...folder.files.keys()]).toContain(`${subfolderA}/${firstFile}`);
    // A refuses the damaged file too, with the reason, and imports nothing.
    await expect(cardA.row(cardA.refused, DAMAGED)).toContainText('这不是同步包（不是 zip 文件）');

    // Station B chooses the same folder and syncs: A's complaint arrives; the damaged file is refused by name.
    const cardB = new SyncFolderCard(b.page);
    await cardB.open();
    await cardB.chooseFolder();
    await expect(cardB.subfolder).toHaveText(/^WH1-[0-9A-Z]{26}$/);
    await cardB.syncNow();
    await expect(cardB.pushed).toBeVisible();
    await expect(cardB.row(cardB.imported, `${subfolderA}/${firstFile}`)).toBeVisible();
    await expect(cardB.imported.locator('tbody tr')).toHaveCount(1);
    await expect(cardB.row(cardB.refused, DAMAGED)).toContainText('这不是同步包');
    await expect(cardB.refused.locator('tbody tr')).toHaveCount(1);
    await cardB.card.screenshot({ path: testInfo.outputPath('sync-folder-b.png') });
    await testInfo.attach('sync-folder-b', { path: testInfo.outputPath('sync-folder-b.png'), contentType: 'image/png' });
    // Every file B wrote is in B's own subfolder.
    const subfolderB = (await cardB.subfolder.textContent()) ?? '';
    for (const path of folder.files.keys()) expect(path.startsWith('XX9-') || path.startsWith(`${subfolderA}/`) || path.startsWith(`${subfolderB}/`)).toBe(true);

    await b.page.goto('/index.html#/');
    await expect(b.page.locator(`.vt-row[data-number="${number}"]`)).toContainText('华东精密机械有限公司');

    // B turns on automatic sync; A records another complaint and syncs; B imports it without a click.
    await cardB.open();
    await cardB.autoSync.click();
    await expect(cardB.autoSync).toBeChecked();
    await recordComplaint(a.page, '苏州恒力泵业');
    await cardA.open();
    const secondFile = await syncAndGetWritten(cardA);
    await expect(cardB.row(cardB.imported, `${subfolderA}/${secondFile}`)).toBeVisible();

    // A encrypts with a session passphrase: B, without it, is told; with it, imports.
    await recordComplaint(a.page, '无锡机电');
    await cardA.open();
    // Typed once only, it does not take effect: "sync now" waits for the second entry.
    await cardA.passphrase.fill(PASSPHRASE);
    await expect(cardA.passphraseWaiting).toBeVisible();
    await expect(cardA.syncButton).toBeDisabled();
    await cardA.passphraseRepeat.fill(PASSPHRASE);
    await expect(cardA.passphraseWaiting).toHaveCount(0);
    const thirdFile = await syncAndGetWritten(cardA);
    await expect(cardB.row(cardB.refused, `${subfolderA}/${thirdFile}`)).toContainText('此同步包已加密，需要口令');
    await cardB.setPassphrase(PASSPHRASE);
    await cardB.syncNow();
    await expect(cardB.row(cardB.imported, `${subfolderA}/${thirdFile}`)).toBeVisible();
    await b.page.goto('/index.html#/');
    await expect(b.page.getByText('无锡机电')).toBeVisible();

    // The passphrase lives in memory only: after a reload the field is empty and nothing stored holds it.
    await reloadAndLogIn(b.page);
    await cardB.open();
    await expect(cardB.path).toHaveText(FOLDER);
    await expect(cardB.passphrase).toHaveValue('');
    expect(await b.page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain(PASSPHRASE);
    // Auto-sync is remembered, and runs whichever page is open: B watches the tracking table.
    await expect(cardB.autoSync).toBeChecked();
    await b.page.goto('/index.html#/');
    await recordComplaint(a.page, '常州精工');
    await cardA.open();
    // A's passphrase lasts for its session, across pages: A clears it, so B (which forgot its own on reload) can read.
    await expect(cardA.passphrase).toHaveValue(PASSPHRASE);
    await cardA.setPassphrase('');
    await syncAndGetWritten(cardA);
    await expect(b.page.getByText('常州精工')).toBeVisible();

    expect(a.errors, 'uncaught errors in station A').toEqual([]);
    expect(b.errors, 'uncaught errors in station B').toEqual([]);
    await a.close();
    await b.close();
  });

  test('a station not enrolled yet: its files are refused with its fingerprint, and enrolling it from the card imports them', async ({ browser }, testInfo) => {
    test.setTimeout(300_000);
    const folder = new SharedFolder();
    const a = await openStation(browser, testInfo, folder);
    const b = await openStation(browser, testInfo, folder);
    await setStationCode(b.page, 'WH1');
    // No enrolment: A writes its bundle; B finds it, refuses it and offers to enrol A.
    await recordComplaint(a.page, '昆山未登记机械');
    const cardA = new SyncFolderCard(a.page);
    await cardA.open();
    await cardA.chooseFolder();
    const file = await syncAndGetWritten(cardA);
    const subfolderA = (await cardA.subfolder.textContent()) ?? '';
    const cardB = new SyncFolderCard(b.page);
    await cardB.open();
    await cardB.chooseFolder();
    await cardB.syncNow();
    await expect(cardB.row(cardB.refused, `${subfolderA}/${file}`)).toContainText('尚未在本站登记');
    const offer = cardB.card.getByTestId('station-to-enrol');
    await expect(offer.getByTestId('enrol-code')).toHaveText('QA1');
    await expect(offer.getByTestId('enrol-fingerprint')).not.toBeEmpty();
    // The fingerprint B shows is the one A's refusal message names (what the administrators compare by telephone).
    const fingerprint = (await offer.getByTestId('enrol-fingerprint').textContent()) ?? '';
    await expect(cardB.row(cardB.refused, `${subfolderA}/${file}`)).toContainText(fingerprint);
    await offer.getByTestId('enrol-station').click();
    // Enrolled, the next sync reads the same file again and imports it.
    await expect(cardB.row(cardB.imported, `${subfolderA}/${file}`)).toBeVisible();
    await expect(cardB.card.getByTestId('station-to-enrol')).toHaveCount(0);
    await b.page.goto('/index.html#/');
    await expect(b.page.getByText('昆山未登记机械')).toBeVisible();
    expect(b.errors, 'uncaught errors in station B').toEqual([]);
    await a.close();
    await b.close();
  });

  test('in a plain browser the card says the sync folder needs the desktop app', async ({ page }) => {
    const card = new SyncFolderCard(page);
    await card.open();
    await expect(card.desktopOnly).toContainText('需要桌面版');
    await expect(card.syncButton).toHaveCount(0);
  });
});
