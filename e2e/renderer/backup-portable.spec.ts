/**
 * A backup that survives the computer: "Back up to…" in one browser profile
 * downloads one sealed file; a fresh profile (a new installation: no station,
 * no administrator) restores it from the set-up screen with its passphrase —
 * a wrong passphrase first, which restores nothing — and the administrator
 * then logs in to the same complaint with its photo.
 */
import { test, expect as baseExpect } from '../fixtures/app';
import { logIn } from '../fixtures/seed';
import { TrackingPage } from '../pages/tracking-page';

// Generous: six people share this machine's two cores; nothing here measures speed.
const expect = baseExpect.configure({ timeout: 60_000 });
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const PASSPHRASE = 'U盘备份-口令-2026';

test.describe('back up to a file, restore on a new installation', () => {
  test.describe.configure({ timeout: 300_000 });

  test('a backup made in one profile restores in a fresh one, after a wrong passphrase changed nothing', async ({ page, complaintForm, browser }, testInfo) => {
    await complaintForm.openNew();
    await complaintForm.fill({ customer: '宁波东海阀门厂', product: '球阀', symptom: '阀门内漏' });
    await complaintForm.attach([{ name: '内漏.png', mimeType: 'image/png', buffer: PNG }]);
    await complaintForm.save.click();
    await expect(page.getByTestId('complaint-number')).toContainText(/QA1-\d{4}-0001/);
    const number = ((await page.getByTestId('complaint-number').textContent()) ?? '').match(/QA1-\d{4}-0001/)?.[0] ?? '';

    await page.goto('/index.html#/settings');
    await page.getByTestId('backup-to').click();
    await page.getByTestId('backup-to-passphrase').fill('short');
    await page.getByTestId('backup-to-repeat').fill('short');
    await page.getByRole('dialog').getByRole('button', { name: /保\s*存/ }).click();
    await expect(page.getByTestId('backup-to-error')).toContainText('口令至少需要 8 个字符');
    await page.getByTestId('backup-to-passphrase').fill(PASSPHRASE);
    await page.getByTestId('backup-to-repeat').fill(PASSPHRASE);
    const download = page.waitForEvent('download');
    await page.getByRole('dialog').getByRole('button', { name: /保\s*存/ }).click();
    const file = testInfo.outputPath('backup.ckb');
    await (await download).saveAs(file);
    expect((await download).suggestedFilename()).toMatch(/^QA1-\d{8}-\d{6}\.ckb$/);

    // A new installation: a fresh profile, on its first-run screen.
    const fresh = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const other = await fresh.newPage();
    const errors: string[] = [];
    other.on('pageerror', (e) => errors.push(e.message));
    await other.goto('/index.html');
    await expect(other.getByTestId('setup-restore')).toBeVisible();
    const chooser = other.waitForEvent('filechooser');
    await other.getByTestId('setup-restore-choose').click();
    await (await chooser).setFiles(file);
    await expect(other.getByTestId('setup-restore-file')).toContainText('.ckb');

    await other.getByTestId('setup-restore-passphrase').fill('不是这个口令-0000');
    await other.getByTestId('setup-restore-go').click();
    await expect(other.getByTestId('setup-restore-error')).toContainText('恢复口令不对，未恢复任何数据');
    expect(await other.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual(['complaint-desk']);

    await other.getByTestId('setup-restore-passphrase').fill(PASSPHRASE);
    await other.getByTestId('setup-restore-go').click();
    // The app restarts on the restored data and asks the administrator to log in.
    await expect(other.getByTestId('restored-notice')).toContainText('已恢复站点 QA1');
    await other.screenshot({ path: testInfo.outputPath('restored-login.png') });
    await logIn(other, 'admin');
    await expect.poll(() => other.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([expect.stringMatching(/^complaint-desk-restored-\d{17}$/)]);
    const restored = new TrackingPage(other);
    await restored.open();
    await expect(restored.rows).toHaveCount(1);
    await restored.openComplaint(number);
    await expect(other.getByRole('img', { name: '内漏.png' })).toBeVisible();
    expect(errors, 'uncaught errors in the fresh profile').toEqual([]);
    await fresh.close();
  });
});
