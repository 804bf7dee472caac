/**
 * The start's order (#18): the tracking table's first rows come first; the work
 * the first screen does not show (the overdue badge's 8D count, the attachment
 * clean-up, the total count, escalations, backups) starts only after them. The
 * page's own marks (src/db/hooks/start-marks.ts) give the moments; every
 * IndexedDB transaction the page opens is logged by an init script, so the test
 * sees which stores were read when, whatever code read them.
 */
import { test, expect } from '../fixtures/app';
import { logIn } from '../fixtures/seed';
import { WorkflowPanelPage } from '../pages/workflow-panel';

interface Opened {
  at: number;
  stores: string[];
  mode: string;
}

declare global {
  interface Window {
    __transactions?: Opened[];
  }
}

test.describe.configure({ timeout: 120_000 });

test('the first rows are on screen before the deferred start-up work reads its stores', async ({ page, complaintForm, tracking }) => {
  await complaintForm.openNew();
  await complaintForm.fill({ customer: '常州远大机电', phone: '13812345678', product: '液压泵', symptom: '泵体漏油' });
  await complaintForm.save.click();
  await expect(new WorkflowPanelPage(page).number).toContainText(/QA1-2026-\d{4}/, { timeout: 90_000 });

  await page.addInitScript(() => {
    const log: Opened[] = [];
    window.__transactions = log;
    const open = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, stores: string | string[], mode?: IDBTransactionMode, options?: IDBTransactionOptions) {
      log.push({ at: performance.now(), stores: typeof stores === 'string' ? [stores] : [...stores], mode: mode ?? 'readonly' });
      return open.call(this, stores, mode, options);
    } as typeof open;
  });
  // A restart: the app opens on its login screen, on the tracking table.
  await page.goto('/index.html#/');
  await page.reload();
  await logIn(page);
  await expect(tracking.rows.first()).toBeVisible({ timeout: 60_000 });

  // The deferred work runs once the gate opens: wait until the 8D count and the clean-up have read their stores.
  const touching = (store: string) => page.evaluate((s) => (window.__transactions ?? []).filter((t) => t.stores.includes(s)).map((t) => t.at), store);
  await expect.poll(async () => (await touching('eightD')).length, { timeout: 30_000 }).toBeGreaterThan(0);
  await expect.poll(async () => (await touching('attachments')).length, { timeout: 30_000 }).toBeGreaterThan(1);
  await expect(page.getByTestId('row-count')).toHaveText(/1/);

  const mark = (name: string) => page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? Number.NaN, name);
  const submitted = await mark('cd:login-submit');
  const firstRows = await mark('cd:first-rows');
  const gateOpen = await mark('cd:first-screen-idle');
  expect(submitted).toBeLessThan(firstRows);
  expect(firstRows).toBeLessThanOrEqual(gateOpen);
  // The first page was read before the rows showed; nothing deferred read its stores before them.
  expect(await mark('cd:first-query-end')).toBeLessThanOrEqual(firstRows);
  // Dexie's own open reads every store once, before the app's first read (the database-open mark).
  const opened = await mark('cd:db-open');
  for (const store of ['eightD', 'attachments']) {
    const early = (await touching(store)).filter((at) => at > opened && at < gateOpen);
    expect(early, `transactions on ${store} before the first screen was done`).toEqual([]);
  }
  // The clean-up found nothing to drop: it read, and wrote nothing.
  const cleanUp = await page.evaluate((after) => (window.__transactions ?? []).filter((t) => t.at > after && t.stores.includes('attachments')).map((t) => t.mode), opened);
  expect(cleanUp.every((m) => m === 'readonly')).toBe(true);
});
