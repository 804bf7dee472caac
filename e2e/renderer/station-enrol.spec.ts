/**
 * Stations are enrolled, not assumed (#14). Three stations, three browser
 * contexts (three IndexedDBs, three station keys made at start). A's first
 * bundle at B is refused with A's name, code and fingerprint, the very
 * fingerprint A's Settings shows (read out by telephone); B's administrator
 * enrols A and the preview follows. B and A exchange both ways. A bundle of a
 * third station, enrolled nowhere, is refused at A with its fingerprint and
 * nothing is imported; a revoked station is refused again.
 */
import type { Browser, Page, TestInfo } from '@playwright/test';
import { test, expect as baseExpect } from '../fixtures/app';
import { openSeededStation } from '../fixtures/seed';
import { ComplaintFormPage } from '../pages/complaint-form-page';
import { SyncFilesPage } from '../pages/sync-files-page';

// Three app instances on a shared 2-core machine: page loads can take many seconds.
const expect = baseExpect.configure({ timeout: 30_000 });
const FINGERPRINT = /^([0-9A-F]{4} ){7}[0-9A-F]{4}$/;

const openStation = (browser: Browser, testInfo: TestInfo, code: string): Promise<Page> => openSeededStation(browser, testInfo, { code });

async function recordAndExport(page: Page, testInfo: TestInfo, customer: string, file: string): Promise<string> {
  const form = new ComplaintFormPage(page);
  await form.openNew();
  await form.fill({ customer, product: '液压泵', symptom: '泵体漏油' });
  await form.save.click();
  await expect(page.getByTestId('complaint-number')).toBeVisible();
  const sync = new SyncFilesPage(page);
  await sync.open();
  const download = await sync.exportFile();
  const path = testInfo.outputPath(file);
  await download.saveAs(path);
  return path;
}

/** Settings › Stations and keys: this station's own fingerprint. */
async function ownFingerprint(page: Page): Promise<string> {
  await page.goto('/index.html#/settings');
  const own = page.getByTestId('own-fingerprint');
  await expect(own).toHaveText(FINGERPRINT);
  return (await own.textContent()) ?? '';
}

async function choose(page: Page, path: string): Promise<SyncFilesPage> {
  const sync = new SyncFilesPage(page);
  await sync.open();
  await sync.chooseBundle(path);
  return sync;
}

async function complaintsShown(page: Page): Promise<number> {
  await page.goto('/index.html#/');
  await expect(page.locator('.vt-row').first()).toBeVisible();
  return page.locator('.vt-row').count();
}

test('two stations enrol each other and exchange bundles; an unenrolled third is refused with its fingerprint', async ({ page, browser }, testInfo) => {
  test.setTimeout(420_000);
  const a = page; // QA1
  const b = await openStation(browser, testInfo, 'WH1');
  const c = await openStation(browser, testInfo, 'MK1');
  const printA = await ownFingerprint(a);
  const printB = await ownFingerprint(b);
  const printC = await ownFingerprint(c);
  expect(new Set([printA, printB, printC]).size).toBe(3);
  await expect(a.getByTestId('enrolled-stations')).toContainText('尚未登记任何工作站');

  // A → B: refused first, naming A with the fingerprint A shows; B's administrator enrols A, the preview follows.
  const fromA = await recordAndExport(a, testInfo, '华东精密机械有限公司', 'a.ckd');
  let sync = await choose(b, fromA);
  await expect(sync.error).toContainText('尚未在本站登记');
  await expect(sync.stationToEnrol).toContainText('QA1');
  await expect(sync.stationToEnrol).toContainText('站点 QA1');
  await expect(sync.enrolFingerprint).toHaveText(printA);
  await expect(sync.preview).toHaveCount(0);
  await sync.enrolStation.click();
  await expect(sync.preview).toContainText('QA1');
  await sync.confirm.click();
  await expect(b.getByText(/已导入：/)).toBeVisible();
  await b.goto('/index.html#/');
  await expect(b.getByText('华东精密机械有限公司').first()).toBeVisible();

  // B → A: the same the other way; A's Settings then list B with B's fingerprint.
  const fromB = await recordAndExport(b, testInfo, '苏州恒力泵业', 'b.ckd');
  sync = await choose(a, fromB);
  await expect(sync.enrolFingerprint).toHaveText(printB);
  await sync.enrolStation.click();
  await expect(sync.preview).toContainText('WH1');
  await sync.confirm.click();
  await expect(a.getByText(/已导入：/)).toBeVisible();
  await a.goto('/index.html#/');
  await expect(a.getByText('苏州恒力泵业').first()).toBeVisible();
  await ownFingerprint(a);
  await expect(a.getByTestId('enrolled-stations')).toContainText('WH1');
  await expect(a.getByTestId('enrolled-stations')).toContainText(printB);

  // C, enrolled nowhere: refused at A with its name, code and fingerprint; nothing imported.
  const before = await complaintsShown(a);
  const fromC = await recordAndExport(c, testInfo, '无锡机电', 'c.ckd');
  sync = await choose(a, fromC);
  await expect(sync.error).toContainText('MK1');
  await expect(sync.error).toContainText(printC);
  await expect(sync.stationToEnrol).toContainText('站点 MK1');
  await expect(sync.enrolFingerprint).toHaveText(printC);
  await expect(sync.preview).toHaveCount(0);
  expect(await complaintsShown(a)).toBe(before);
  await expect(a.getByText('无锡机电')).toHaveCount(0);

  // A revokes B: B's bundle is refused again.
  await a.goto('/index.html#/settings');
  await a.getByTestId('revoke-WH1').click();
  await a.getByRole('button', { name: '撤销登记' }).last().click();
  await expect(a.getByTestId('enrolled-stations')).not.toContainText('WH1');
  sync = await choose(a, fromB);
  await expect(sync.error).toContainText('尚未在本站登记');
  await expect(sync.enrolFingerprint).toHaveText(printB);

  await b.context().close();
  await c.context().close();
});
