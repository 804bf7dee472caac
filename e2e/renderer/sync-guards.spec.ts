/**
 * What an import refuses or asks about (#14), through the real Sync page:
 * a bundle that deletes 30 records is listed in the preview and waits for an
 * administrator's confirmation; text with HTML from another station shows as
 * text; a change stamped in the year 9999 is refused with the station and the
 * time it claims, and nothing is written; a deleted record is found in the
 * "deleted" view and restored. The bundles are made here with the
 * hostile-fixture builder, as another station (QA9) would send them.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect as baseExpect } from '../fixtures/app';
import { USERS } from '../fixtures/seed';
import { SyncFilesPage } from '../pages/sync-files-page';
import { HOSTILE_STATION } from '../../src/sync/__fixtures__/hostile';
import { signedBundle } from '../../src/sync/__fixtures__/signed';
import { seedEnrolled } from '../fixtures/enrol';
import { emptyComplaintInput } from '../../src/domain/complaint/schema';
import { encodeHlc } from '../../src/domain/merge/hlc';

const expect = baseExpect.configure({ timeout: 30_000 });
const QA9 = '01JHOSTILESTATION00000000X';
const HTML_NAME = '<img src=x onerror="window.pwned=1"><b>粗体客户</b>';
let tick = 0;
const hlc = (wall = Date.now() - 60_000) => encodeHlc({ wall, counter: ++tick, station: QA9 });
const rowId = (i: number) => `01JGUARDROW${String(i).padStart(15, '0')}`;

function complaintFields(i: number): Record<string, unknown> {
  const c = emptyComplaintInput('2026-11-20T02:00:00.000Z', '王客服');
  c.customer.name = i === 29 ? HTML_NAME : `客户${i}`;
  c.product.name = '液压泵';
  c.details.symptom = '泵体漏油';
  c.demand.kinds = ['replace'];
  const at = '2026-11-20T03:00:00.000Z';
  return { ...c, number: `QA9-2026-${String(i + 1).padStart(4, '0')}`, station: 'QA9', status: 'new', createdAt: at, createdBy: '王客服', updatedAt: at, updatedBy: '王客服', deletedAt: null };
}

async function bundleFile(name: string, changes: Record<string, unknown>[], path: (n: string) => string): Promise<string> {
  const lines = changes.map((c) => JSON.stringify({ station: QA9, table: 'complaints', at: new Date().toISOString(), actor: USERS.admin.name, author: USERS.admin.id, base: {}, ...c }));
  const file = path(name);
  writeFileSync(file, await signedBundle({ lines, manifest: (m) => ({ ...m, id: name, createdAt: new Date().toISOString(), counts: { changes: lines.length, attachments: 0, byTable: { complaints: lines.length } } }) }));
  return file;
}

async function importFile(page: Page, file: string): Promise<SyncFilesPage> {
  const sync = new SyncFilesPage(page);
  await sync.open();
  await sync.chooseBundle(file);
  return sync;
}

test.use({ loginAs: 'admin' });

test('a 30-record deletion waits for confirmation; HTML shows as text; a clock in 9999 is refused', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const path = (n: string) => testInfo.outputPath(`${n}.ckd`);
  // QA9 was enrolled here before (its enrolment through the UI: station-enrol.spec.ts).
  await seedEnrolled(page, [HOSTILE_STATION]);
  const ids = Array.from({ length: 30 }, (_, i) => i);
  const created = await bundleFile('create', ids.map((i) => ({ hlc: hlc(), rowId: rowId(i), fields: complaintFields(i) })), path);
  let sync = await importFile(page, created);
  await expect(sync.preview).toBeVisible();
  await expect(page.getByTestId('import-destructive')).toHaveCount(0);
  await sync.confirm.click();
  await expect(page.getByText(/已导入：/)).toBeVisible();

  await page.goto('/index.html#/');
  await expect(page.getByText(HTML_NAME).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();

  const future = await bundleFile('future', [{ hlc: hlc(Date.parse('9999-12-31T00:00:00Z')), rowId: rowId(1), fields: { 'customer.phone': '13900000009' } }], path);
  sync = await importFile(page, future);
  await expect(sync.error).toContainText('QA9');
  await expect(sync.error).toContainText('9999-12-31');

  const deletion = await bundleFile('delete', ids.map((i) => ({ hlc: hlc(), rowId: rowId(i), fields: { deletedAt: new Date().toISOString() } })), path);
  sync = await importFile(page, deletion);
  const review = page.getByTestId('import-destructive');
  await expect(review).toContainText('(30)');
  await expect(review).toContainText('QA9-2026-0020');
  await expect(review).toContainText('另有 10 条');
  await expect(sync.confirm).toBeDisabled();
  await page.getByTestId('import-destructive-confirm').check();
  await sync.confirm.click();
  await expect(page.getByText(/已导入：/)).toBeVisible();
  await page.goto('/index.html#/');
  await expect(page.locator('.vt-row[data-number^="QA9-"]')).toHaveCount(0);

  // Every deleted record can be found and restored (a new change).
  await new SyncFilesPage(page).open();
  const first = page.getByTestId('deleted-records').locator('tbody tr').filter({ hasText: 'QA9-2026-' }).first();
  const number = /QA9-2026-\d{4}/.exec((await first.textContent()) ?? '')?.[0] ?? '';
  expect(number).not.toBe('');
  await first.getByTestId('restore-deleted').click();
  await expect(page.getByTestId('deleted-records').getByText(number)).toHaveCount(0);
  await page.goto('/index.html#/');
  await expect(page.locator(`.vt-row[data-number="${number}"]`)).toBeVisible();
});
