/**
 * Two stations = two browser contexts, each with its own IndexedDB. Station A
 * records and edits a complaint and exports (a real download); station B imports
 * it (file chooser), edits the same field and exports back; meanwhile A edited
 * the field again. After both imports both stations show the same data and the
 * same conflict, with both values.
 */
import type { Browser, Page, TestInfo } from '@playwright/test';
import { test, expect as baseExpect } from '../fixtures/app';
import { seededLogin } from '../fixtures/seed';
import { enrolEachOther } from '../fixtures/enrol';
import { ComplaintFormPage } from '../pages/complaint-form-page';
import { SyncFilesPage } from '../pages/sync-files-page';

const PASSPHRASE = '仓库U盘口令';
// Two app instances on a shared 2-core machine: page loads can take many seconds.
const expect = baseExpect.configure({ timeout: 30_000 });

async function openStation(browser: Browser, testInfo: TestInfo): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const { baseURL, locale, timezoneId } = testInfo.project.use;
  const context = await browser.newContext({ baseURL, locale, timezoneId, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await seededLogin(page);
  return { page, errors, close: () => context.close() };
}

async function setStationCode(page: Page, code: string) {
  await page.goto('/index.html#/settings');
  const input = page.getByLabel('站点代码', { exact: true });
  await input.fill(code);
  await page.getByRole('button', { name: /保\s*存/ }).first().click();
  await expect(page.getByText('已保存').first()).toBeVisible();
}

async function exportBundle(page: Page, testInfo: TestInfo, name: string, passphrase?: string): Promise<string> {
  const sync = new SyncFilesPage(page);
  await sync.open();
  if (passphrase) await sync.setPassphrase(passphrase);
  const file = await sync.exportFile();
  // The progress bar stays on screen, complete, once the bundle is built.
  await expect(sync.exportProgress).toHaveAttribute('data-complete', 'true');
  const path = testInfo.outputPath(name);
  await file.saveAs(path);
  expect(file.suggestedFilename()).toMatch(/^[A-Z][A-Z0-9]{1,5}-\d{8}-\d{6}\.ckd$/);
  return path;
}

async function chooseBundle(page: Page, path: string): Promise<SyncFilesPage> {
  const sync = new SyncFilesPage(page);
  await sync.open();
  await sync.chooseBundle(path);
  return sync;
}

async function importBundle(page: Page, path: string, expectConflicts: number, passphrase?: string) {
  const sync = await chooseBundle(page, path);
  if (passphrase) await sync.decrypt(passphrase);
  await expect(sync.preview).toBeVisible();
  await expect(sync.previewConflicts).toHaveText(String(expectConflicts));
  await sync.confirm.click();
  await expect(page.getByText(/已导入：/)).toBeVisible();
}

async function editPhone(page: Page, number: string, phone: string) {
  await page.goto('/index.html#/');
  await page.locator(`.vt-row[data-number="${number}"]`).click();
  await page.getByRole('button', { name: /编\s*辑/ }).click();
  await new ComplaintFormPage(page).field('电话').fill(phone);
  await new ComplaintFormPage(page).save.click();
  await expect(page.getByTestId('complaint-number')).toContainText(number);
}

async function phoneShown(page: Page, number: string) {
  await page.goto('/index.html#/');
  await page.locator(`.vt-row[data-number="${number}"]`).click();
  // The customer's phone in the record's descriptions (the history list shows old values too).
  return page.getByRole('rowheader', { name: '电话', exact: true }).first().locator('xpath=following-sibling::*[1]');
}

test.describe('sync between two stations', () => {
  test('A records and edits, B imports and edits the same field, both end equal with the same conflict', async ({ page, browser, complaintForm }, testInfo) => {
    // Two full app instances and a dozen page loads: slow on a shared CI machine.
    test.setTimeout(300_000);
    const b = await openStation(browser, testInfo);
    await setStationCode(b.page, 'WH1');
    await enrolEachOther(page, b.page);

    // Station A (QA1) records and edits a complaint, then exports everything.
    await complaintForm.openNew();
    await complaintForm.fill({ customer: '华东精密机械有限公司', phone: '13900000000', product: '液压泵', symptom: '泵体漏油' });
    await complaintForm.save.click();
    const number = ((await page.getByTestId('complaint-number').textContent()) ?? '').match(/QA1-\d{4}-\d{4}/)?.[0] ?? '';
    expect(number).not.toBe('');
    await editPhone(page, number, '13900000001');
    const first = await exportBundle(page, testInfo, 'a-first.ckd');

    // A edits the phone again before hearing from B.
    await editPhone(page, number, '13900000011');

    // Station B imports (preview first), sees the complaint, edits the same field, exports back encrypted.
    const onB = await chooseBundle(b.page, first);
    await expect(onB.preview).toContainText('QA1');
    await expect(onB.preview).toContainText('客诉');
    await onB.confirm.click();
    await expect(b.page.getByText(/已导入：/)).toBeVisible();
    await expect(await phoneShown(b.page, number)).toHaveText('13900000001');
    await editPhone(b.page, number, '13900000022');
    const back = await exportBundle(b.page, testInfo, 'b-back.ckd', PASSPHRASE);

    // A imports B's bundle: a wrong passphrase is a clear message, the right one shows the conflict.
    const onA = await chooseBundle(page, back);
    await onA.decrypt('错误口令');
    await expect(onA.error).toContainText('口令不正确');
    await onA.decrypt(PASSPHRASE);
    await expect(onA.previewConflicts).toHaveText('1');
    await onA.confirm.click();
    await expect(page.getByText(/已导入：/)).toBeVisible();

    // Importing the same bundle again changes nothing and says so.
    await chooseBundle(page, back);
    await onA.decrypt(PASSPHRASE);
    await expect(onA.nothingNew).toContainText('已于');
    await expect(onA.confirm).toBeDisabled();

    // B gets A's second edit.
    const second = await exportBundle(page, testInfo, 'a-second.ckd');
    await importBundle(b.page, second, 1);

    // Both show the same data: the deterministic winner (B's later edit) …
    await expect(await phoneShown(page, number)).toHaveText('13900000022');
    await expect(await phoneShown(b.page, number)).toHaveText('13900000022');
    // The complaint page itself shows its open conflict.
    await expect(b.page.getByTestId('record-conflicts')).toContainText('电话');
    // … and the same conflict with both values, who and where.
    for (const p of [page, b.page]) {
      await p.goto('/index.html#/sync');
      await expect(p.getByTestId('conflict')).toHaveCount(1);
      await expect(p.getByTestId('conflict')).toContainText(number);
      // Named as the form names it, never by its stored path.
      await expect(p.getByTestId('conflict-field')).toHaveText('电话');
      await expect(p.getByTestId('conflict')).not.toContainText('customer.phone');
      await expect(p.getByTestId('conflict-value')).toHaveText([/13900000011/, /13900000022/]);
      await expect(p.getByTestId('conflict')).toContainText('WH1');
      await expect(p.getByTestId('conflict')).toContainText('QA1');
    }
    await page.screenshot({ path: testInfo.outputPath('sync-conflict.png'), fullPage: true });
    await testInfo.attach('sync-conflict', { path: testInfo.outputPath('sync-conflict.png'), contentType: 'image/png' });

    // A keeps its own value: a new change that reaches B too.
    await page.getByTestId('conflict-keep').first().click();
    await expect(page.getByTestId('conflict')).toHaveCount(0);
    await expect(await phoneShown(page, number)).toHaveText('13900000011');
    const resolved = await exportBundle(page, testInfo, 'a-resolved.ckd');
    await importBundle(b.page, resolved, 0);
    await expect(await phoneShown(b.page, number)).toHaveText('13900000011');
    // … and settles the conflict there too.
    await b.page.goto('/index.html#/sync');
    await expect(b.page.getByTestId('conflict')).toHaveCount(0);

    expect(b.errors, 'uncaught errors in station B').toEqual([]);
    await b.close();
  });

  test('a hostile bundle is refused with its specific message and nothing is imported', async ({ page }) => {
    await chooseBundle(page, 'e2e/data/hostile/entryName--zip-slip-name.ckd');
    await expect(page.getByTestId('sync-error')).toContainText('不允许的条目名');
    await expect(page.getByTestId('import-preview')).toHaveCount(0);
    await chooseBundle(page, 'e2e/data/hostile/newerVersion--newer-version.ckd');
    await expect(page.getByTestId('sync-error')).toContainText('较新版本');
  });
});
