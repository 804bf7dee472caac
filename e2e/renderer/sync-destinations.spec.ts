/**
 * "Changes since the last export" is counted per destination: a QA desk that
 * carries bundles to two stations on one stick gives each of them everything it
 * has not given that station yet. And an export passphrase is typed twice, so a
 * typo cannot produce a bundle nobody can open.
 */
import { execFileSync } from 'node:child_process';
import { test, expect } from '../fixtures/app';
import { SyncFilesPage } from '../pages/sync-files-page';

const ANY = '任意站点（通用文件）';

test('an export for one station does not move the mark of another destination', async ({ page, complaintForm }, testInfo) => {
  test.setTimeout(120_000);
  // A valid bundle of station GEN (2 complaints with their 8Ds and returns), built with the app's own export.
  const bundle = testInfo.outputPath('gen.ckd');
  execFileSync('node', ['scripts/bench-sync-bundle.mjs', '2', bundle], { stdio: 'pipe' });

  const sync = new SyncFilesPage(page);
  await sync.open();
  await sync.chooseBundle(bundle);
  // GEN is not enrolled here yet: the administrator enrols it from the refusal.
  await expect(sync.stationToEnrol).toContainText('GEN');
  expect(await sync.enrolIfAsked()).toBe(true);
  await expect(sync.preview).toContainText('GEN');
  await sync.confirm.click();
  await expect(page.getByText(/已导入：/)).toBeVisible();

  await complaintForm.openNew();
  await complaintForm.fill({ customer: '华东精密机械有限公司', product: '液压泵', symptom: '泵体漏油' });
  await complaintForm.save.click();
  await expect(page.getByTestId('complaint-number')).toContainText('QA1-');

  // Nothing was exported anywhere yet: both destinations have the whole log pending, the same count.
  await sync.open();
  await expect(sync.pending).toHaveText(/^待导出 \d+ 条更改$/);
  const everything = (await sync.pending.textContent()) ?? '';
  await sync.chooseDestination('站点 GEN');
  await expect(sync.pending).toHaveText(everything);

  // Export for GEN: its mark moves, the general one stays.
  const forGen = await sync.exportFile();
  expect(forGen.suggestedFilename()).toMatch(/^QA1-\d{8}-\d{6}\.ckd$/);
  await expect(page.getByText(/^已导出 \d+ 条更改/)).toBeVisible();
  await expect(sync.pending).toHaveText('待导出 0 条更改');
  await sync.chooseDestination(ANY);
  await expect(sync.pending).toHaveText(everything);

  // A second export for GEN has nothing new to carry and says so, writing no file.
  await sync.chooseDestination('站点 GEN');
  await sync.exportButton.click();
  await expect(page.getByText('自上次导出以来没有新的更改')).toBeVisible();

  // A passphrase typed differently twice is refused before anything is built.
  await sync.setPassphrase('仓库U盘口令', '仓库U盘口今');
  await expect(sync.mismatch).toHaveText('两次输入的口令不一致');
  await expect(sync.exportButton).toBeDisabled();
  await sync.repeat.fill('仓库U盘口令');
  await expect(sync.mismatch).toHaveCount(0);
  await expect(sync.exportButton).toBeEnabled();
});
