// The 8D Word export through the real shell: the renderer hands the bytes to the
// preload bridge and the main process writes them where the native save dialog
// says. The dialog is stubbed in the main process to answer with a temp path.
// Runs only where the Electron binary is installed; skipped with the reason elsewhere.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type ElectronApplication } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { ELECTRON_MISSING_REASON, findElectronBinary, launchShell } from './electron-binary';
import { ComplaintFormPage } from '../pages/complaint-form-page';
import { EightDWorkspace } from '../pages/eightd-workspace';
import { seededLogin, SHELL_ORIGIN } from '../fixtures/seed';

const projectRoot = resolve(__dirname, '../..');
const bin = findElectronBinary(projectRoot);

test.describe('8D export in the Electron shell', () => {
  test.skip(!bin, ELECTRON_MISSING_REASON);
  test.describe.configure({ timeout: 180_000 });

  let app: ElectronApplication;
  let dir: string;

  test.beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'complaint-desk-8d-'));
    app = await launchShell(bin!, join(dir, 'user-data'), projectRoot);
  });

  test.afterEach(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('exports the saved 8D report through the native save dialog', async () => {
    const target = join(dir, 'report.docx');
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
    }, target);
    const page = await app.firstWindow();
    await seededLogin(page, 'qam', { origin: SHELL_ORIGIN });

    const form = new ComplaintFormPage(page);
    await page.getByRole('link', { name: '新建投诉' }).click();
    await form.fill({ customer: '华东精密机械有限公司', product: '液压泵', symptom: '泵体接合面漏油' });
    await form.save.click();
    const w = new EightDWorkspace(page);
    await w.summary.getByRole('button', { name: '开始 8D' }).click();
    await page.getByRole('button', { name: '开始 8D' }).click();
    await w.fill('d0', { owner: '张工', date: '2026-11-25', emergencyResponse: '通知客户停用该批次' });
    await w.save('d0');
    await expect(w.tab('d0')).toHaveAttribute('data-complete', 'true');
    await w.button('导出 Word').click();

    await expect.poll(() => existsSync(target), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => readFileSync(target).length > 1000).toBe(true);
    const xml = strFromU8(unzipSync(readFileSync(target))['word/document.xml']!);
    expect(xml).toContain('通知客户停用该批次');
    expect(xml).toContain('8D 问题解决报告');
  });
});
