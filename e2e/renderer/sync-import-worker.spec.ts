/**
 * A large bundle through the real Sync page (#14): read, previewed and imported
 * in the import worker with the progress bar moving, a cancel that leaves the
 * database exactly as it was, then the same file imported to the end. The bundle
 * (complaints with their 8Ds and returns) is the app's own export, built by
 * scripts/bench-sync-bundle.mjs. What the database holds is read with the raw
 * IndexedDB API (no app code).
 */
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { test, expect as baseExpect } from '../fixtures/app';
import { SyncFilesPage } from '../pages/sync-files-page';

const expect = baseExpect.configure({ timeout: 120_000 });
const COMPLAINTS = 1500;

/** In the page: the row counts of the stores an import writes. */
async function counts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('complaint-desk');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    try {
      const out: Record<string, number> = {};
      const stores = ['complaints', 'eightD', 'returns', 'changes', 'bundleReceipts'];
      const tx = db.transaction(stores, 'readonly');
      for (const s of stores) {
        out[s] = await new Promise<number>((resolve, reject) => {
          const req = tx.objectStore(s).count();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      }
      return out;
    } finally {
      db.close();
    }
  });
}

/** In the page: every phase the import's progress bar shows, in order, as the DOM shows it. */
async function recordPhases(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { phases: string[] };
    w.phases = [];
    const note = () => {
      const phase = document.querySelector('[data-testid="import-progress"]')?.getAttribute('data-phase');
      if (phase && w.phases.at(-1) !== phase) w.phases.push(phase);
    };
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-phase'] });
  });
}
const phases = (page: Page) => page.evaluate(() => (window as unknown as { phases: string[] }).phases);

test('a large bundle imports in the worker: the bar moves, cancel leaves nothing written, then it imports', async ({ page }, testInfo) => {
  test.setTimeout(600_000);
  const bundle = testInfo.outputPath('large.ckd');
  execFileSync('node', ['scripts/bench-sync-bundle.mjs', String(COMPLAINTS), bundle], { stdio: 'pipe' });
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));

  const sync = new SyncFilesPage(page);
  await sync.open();
  await expect(page.getByTestId('import-choose')).toBeVisible();
  const before = await counts(page);
  await recordPhases(page);

  // Read and previewed off the page's thread, with the bar.
  await sync.chooseBundle(bundle);
  // The bundle's station (made by the script) is new here: the administrator enrols it, and the preview follows.
  expect(await sync.enrolIfAsked(120_000)).toBe(true);
  await expect(sync.preview).toBeVisible();
  expect(workers.some((u) => /import\.worker/.test(u)), `workers started: ${workers.join(', ')}`).toBe(true);
  expect(await phases(page)).toEqual(expect.arrayContaining(['validating']));

  // Confirmed, then stopped at once: refused as cancelled, and the database is as it was.
  await sync.confirm.click();
  await sync.stop.click();
  await expect(sync.error).toContainText(/导入已取消/);
  await expect(sync.stop).toHaveCount(0);
  expect(await counts(page)).toEqual(before);

  // The same file again, to the end: every complaint, 8D and return, the bar through its writing phase.
  await recordPhases(page);
  await sync.chooseBundle(bundle);
  await expect(sync.preview).toBeVisible();
  await sync.confirm.click();
  await expect(sync.importProgress).toBeVisible();
  await expect(sync.preview).toHaveCount(0);
  await expect(sync.importProgress).toHaveCount(0);
  await expect(sync.error).toHaveCount(0);
  const after = await counts(page);
  expect(after.complaints).toBe(before.complaints! + COMPLAINTS);
  expect(after.eightD).toBe(before.eightD! + COMPLAINTS);
  expect(after.returns).toBe(before.returns! + COMPLAINTS);
  expect(after.bundleReceipts).toBe(before.bundleReceipts! + 1);
  expect(await phases(page)).toContain('writing');
});
