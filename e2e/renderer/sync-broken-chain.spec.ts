/**
 * A bundle whose audit chain was edited behind its station's back (#14): the
 * preview says so; an administrator imports it only by ticking "accept
 * knowingly", and that acceptance is itself in the audit trail (who may accept:
 * src/sync/station-trust.test.ts).
 */
import type { Page } from '@playwright/test';
import { test, expect as baseExpect } from '../fixtures/app';
import { openSeededStation } from '../fixtures/seed';
import { enrolEachOther } from '../fixtures/enrol';
import { ComplaintFormPage } from '../pages/complaint-form-page';
import { SyncFilesPage } from '../pages/sync-files-page';

const expect = baseExpect.configure({ timeout: 30_000 });

/** Runs in the page: the audit store of the app's active database (edit the first entry's actor, or list the actions). */
async function auditStore(page: Page, op: 'edit' | 'actions'): Promise<string[]> {
  return page.evaluate(async (op) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(localStorage.getItem('complaint-desk.activeDatabase') ?? 'complaint-desk');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const store = db.transaction('audit', op === 'edit' ? 'readwrite' : 'readonly').objectStore('audit');
    const out = await new Promise<string[]>((resolve) => {
      const seen: string[] = [];
      const r = store.openCursor();
      r.onsuccess = () => {
        const cursor = r.result;
        if (!cursor) return resolve(seen);
        const row = cursor.value as { action: string; actor: string };
        if (op === 'edit') {
          cursor.update({ ...row, actor: '别人' });
          return resolve([row.action]);
        }
        seen.push(row.action);
        cursor.continue();
      };
    });
    db.close();
    return out;
  }, op);
}

test('a bundle with an edited audit chain: imported only when an administrator accepts it knowingly (audited)', async ({ page, browser }, testInfo) => {
  test.setTimeout(300_000);
  const a = page;
  const b = await openSeededStation(browser, testInfo, { code: 'WH1' }, 'admin');
  await enrolEachOther(a, b);

  const form = new ComplaintFormPage(a);
  await form.openNew();
  await form.fill({ customer: '审计链断开测试有限公司', product: '液压泵', symptom: '泵体漏油' });
  await form.save.click();
  await expect(a.getByTestId('complaint-number')).toBeVisible();
  // Behind A's back: its first audit entry is edited straight in IndexedDB, then A exports.
  await auditStore(a, 'edit');
  const fromA = new SyncFilesPage(a);
  await fromA.open();
  const path = testInfo.outputPath('broken-chain.ckd');
  await (await fromA.exportFile()).saveAs(path);

  // B's administrator: the preview names the break; the import waits for the tick; with it, the bundle is imported and the acceptance audited.
  const sync = new SyncFilesPage(b);
  await sync.open();
  await sync.chooseBundle(path);
  await expect(sync.preview).toBeVisible();
  await expect(b.getByTestId('import-audit-warning')).toContainText(/断开|改写/);
  await expect(sync.confirm).toBeDisabled();
  expect(await auditStore(b, 'actions')).not.toContain('sync.acceptBrokenChain');
  await b.getByTestId('import-accept-broken').click();
  await expect(sync.confirm).toBeEnabled();
  await sync.confirm.click();
  await expect(b.getByText(/已导入：/)).toBeVisible();
  await expect.poll(() => auditStore(b, 'actions')).toContain('sync.acceptBrokenChain');
  await b.goto('/index.html#/');
  await expect(b.getByText('审计链断开测试有限公司')).toBeVisible();
  await b.context().close();
});
