/**
 * The audit chain is verified at every start: an entry edited behind the app's
 * back (here straight in IndexedDB) shows a banner to the administrator after
 * the next start, and the break is itself in the audit trail.
 */
import { test, expect } from '../fixtures/app';
import { reloadAndLogIn } from '../fixtures/seed';

test.use({ loginAs: 'admin' });

test('an edited audit entry is found at the next start: a banner for the administrator, and an audit entry', async ({ page }, testInfo) => {
  await expect(page.getByTestId('audit-chain-banner')).toHaveCount(0);
  const edited = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(localStorage.getItem('complaint-desk.activeDatabase') ?? 'complaint-desk');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const store = db.transaction('audit', 'readwrite').objectStore('audit');
    const first = await new Promise<{ id: string; actor: string }>((resolve) => {
      const r = store.openCursor();
      r.onsuccess = () => {
        const cursor = r.result as IDBCursorWithValue;
        const row = cursor.value as { id: string; actor: string };
        cursor.update({ ...row, actor: '别人' });
        resolve(row);
      };
    });
    db.close();
    return first.id;
  });
  await reloadAndLogIn(page, 'admin');
  await expect(page.getByTestId('audit-chain-banner')).toContainText(`审计记录的哈希链在记录 ${edited} 处断开`);
  await page.screenshot({ path: testInfo.outputPath('audit-banner.png') });
  await page.goto('/index.html#/settings');
  await expect(page.getByTestId('audit-card')).toContainText('发现审计链断开');
  await page.getByTestId('audit-card').getByRole('button', { name: '校验审计链' }).click();
  await expect(page.getByTestId('audit-chain')).toContainText('审计链在第');
});
