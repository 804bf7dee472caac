/**
 * People sign as themselves: a login gate, lockout, the idle lock that keeps a
 * draft, an administrator's account management, what a role is not offered, and
 * a bundle that carries a forged approval refused with the database unchanged.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Browser, Page, TestInfo } from '@playwright/test';
import { test, expect as baseExpect } from '../fixtures/app';
import { logIn, openSeededStation, seedPlant, switchUser, TEST_PASSWORD, USERS } from '../fixtures/seed';
import { enrolEachOther } from '../fixtures/enrol';
import { ReturnsPages } from '../pages/returns-pages';
import { SyncFilesPage } from '../pages/sync-files-page';

const expect = baseExpect.configure({ timeout: 30_000 });

test.describe('login', () => {
  test.use({ loginAs: null });

  test('five wrong passwords lock the login for five minutes', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-12-02T09:00:00+08:00') });
    await seedPlant(page);
    const form = page.getByTestId('login-form');
    for (let i = 0; i < 5; i++) {
      await form.locator('#login').fill('qam');
      await form.locator('#password').fill(`wrong-${i}-password`);
      await form.getByRole('button', { name: /登\s*录/ }).click();
      await expect(form.getByRole('alert')).toBeVisible();
    }
    await expect(form.getByRole('alert')).toHaveText('连续输错 5 次，该登录名已锁定，请 5 分钟后再试');
    // Even the right password is refused while locked.
    await form.locator('#password').fill(TEST_PASSWORD);
    await form.getByRole('button', { name: /登\s*录/ }).click();
    await expect(form.getByRole('alert')).toContainText('已锁定');
    await page.clock.fastForward('05:01');
    await logIn(page, 'qam');
  });
});

test('the screen locks when idle and on demand; the unsaved form survives the lock', async ({ page, complaintForm }) => {
  await complaintForm.openNew();
  await complaintForm.fill({ customer: '锁屏前未保存的客户', product: '液压泵', symptom: '漏油' });
  await page.getByRole('button', { name: /锁\s*定/ }).click();
  const lock = page.getByRole('dialog', { name: '屏幕已锁定' });
  await expect(lock).toBeVisible();
  await lock.locator('#unlock-password').fill('wrong-password');
  await lock.getByRole('button', { name: /解\s*锁/ }).click();
  await expect(lock.getByRole('alert')).toHaveText('登录名或密码错误');
  await lock.locator('#unlock-password').fill(TEST_PASSWORD);
  await lock.getByRole('button', { name: /解\s*锁/ }).click();
  await expect(lock).toHaveCount(0);
  await expect(page.getByLabel('客户名称', { exact: true })).toHaveValue('锁屏前未保存的客户');
});

test.describe('idle lock', () => {
  test.use({ loginAs: null });

  test('locks after the idle time (15 minutes by default)', async ({ page }) => {
    await page.clock.install();
    await seedPlant(page);
    await logIn(page, 'qam');
    await page.clock.fastForward('14:00');
    await expect(page.getByRole('dialog', { name: '屏幕已锁定' })).toHaveCount(0);
    await page.clock.fastForward('01:05');
    await expect(page.getByRole('dialog', { name: '屏幕已锁定' })).toBeVisible();
  });
});

test.describe('with the procedure\'s permission matrix', () => {
  test.use({ seed: { allowAll: false }, loginAs: 'admin' });

  test('the administrator gives a person a login; they choose their own password at the first login; a clerk sees no administration', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('/index.html#/settings');
    const accounts = page.getByTestId('accounts-card');
    await expect(page.getByTestId('permissions-card')).toContainText('审批退货（超过总经理限额）');
    // A new person without a login.
    await page.getByRole('button', { name: '添加人员' }).click();
    const personDialog = page.getByRole('dialog');
    await personDialog.locator('#person-name').fill('吴质检');
    await personDialog.getByRole('button', { name: /保\s*存/ }).click();
    await personDialog.waitFor({ state: 'hidden' });
    const row = accounts.getByRole('row', { name: /吴质检/ });
    await row.getByRole('button', { name: '创建账号' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('#account-login').fill('qam');
    await dialog.locator('#account-password').fill('temp-pass-1');
    await dialog.locator('#account-confirm').fill('temp-pass-1');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect(page.getByTestId('account-error')).toHaveText('该登录名已被占用');
    await dialog.locator('#account-login').fill('wu');
    await dialog.locator('#account-confirm').fill('temp-pass-2');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect(page.getByTestId('account-error')).toHaveText('两次输入的密码不一致');
    await dialog.locator('#account-confirm').fill('temp-pass-1');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect(row).toContainText('待改密码');

    // The new person logs in and must replace the temporary password.
    await page.getByRole('button', { name: /登\s*出/ }).click();
    const login = page.getByTestId('login-form');
    await login.locator('#login').fill('wu');
    await login.locator('#password').fill('temp-pass-1');
    await login.getByRole('button', { name: /登\s*录/ }).click();
    const change = page.getByTestId('change-password-form');
    await change.locator('#oldPassword').fill('temp-pass-1');
    await change.locator('#password').fill('吴质检的新密码-2026');
    await change.locator('#confirm').fill('吴质检的新密码-2026');
    await change.getByRole('button', { name: /保存新密码/ }).click();
    await expect(page.getByTestId('logged-in-person')).toContainText('吴质检');
    // A QA engineer by default: no administration in Settings.
    await page.goto('/index.html#/settings');
    await expect(page.getByTestId('settings-none')).toBeVisible();
    await expect(page.getByTestId('accounts-card')).toHaveCount(0);
    // The audit trail shows the account's story to the administrator.
    await switchUser(page, 'admin');
    const audit = page.getByTestId('audit-card');
    await audit.getByRole('switch').click();
    for (const s of ['创建账号', '修改密码', '登录', '登出']) await expect(audit).toContainText(s);
    await audit.getByRole('button', { name: '校验审计链' }).click();
    await expect(page.getByTestId('audit-chain')).toContainText('审计链完整');
  });
});

const openStation = (browser: Browser, testInfo: TestInfo, code: string): Promise<Page> => openSeededStation(browser, testInfo, { code });

/** Rewrites changes.jsonl of a plain bundle and fixes the manifest's checksum, as an attacker with the file would. */
function tamper(path: string, edit: (change: Record<string, unknown>) => void): void {
  const files = unzipSync(readFileSync(path));
  const lines = strFromU8(files['changes.jsonl']!).split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  for (const c of lines) edit(c);
  const changes = strToU8(lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as { entries: Record<string, { sha256: string; size: number }> };
  manifest.entries['changes.jsonl'] = { sha256: createHash('sha256').update(changes).digest('hex'), size: changes.length };
  writeFileSync(path, zipSync({ ...files, 'changes.jsonl': changes, 'manifest.json': strToU8(JSON.stringify(manifest)) }));
}

test('a bundle carrying a forged general-manager approval is refused and nothing is imported', async ({ browser }, testInfo) => {
  test.setTimeout(240_000);
  const a = await openStation(browser, testInfo, 'QA1');
  const r = new ReturnsPages(a);
  await r.createReturn('华东电器有限公司', 'SO-FORGED', [{ productNo: 'CD-100', reason: '外壳开裂', qtyShipped: 100, qtyRequested: 20, unitPrice: '250' }]);
  await r.save();
  await r.acceptClaim();
  await switchUser(a, 'mm');
  await r.sign('市场部经理', '同意');
  await expect(a.getByTestId('required-marketingManager')).toContainText('已签');
  await switchUser(a, 'qam');
  const sync = new SyncFilesPage(a);
  await sync.open();
  const download = await sync.exportFile();
  const path = testInfo.outputPath('forged.ckd');
  await download.saveAs(path);
  // The marketing manager's signature relabelled as the general manager's.
  tamper(path, (c) => {
    const fields = c.fields as Record<string, unknown>;
    for (const k of Object.keys(fields)) {
      if (/^approvals\.[^.]+\.role$/.test(k)) fields[k] = 'generalManager';
      if (/^approvals\.[^.]+\.signerId$/.test(k)) fields[k] = USERS.gm.id;
      if (/^approvals\.[^.]+\.signerName$/.test(k)) fields[k] = USERS.gm.name;
    }
  });

  const b = await openStation(browser, testInfo, 'WH1');
  await enrolEachOther(a, b);
  const bSync = new SyncFilesPage(b);
  await bSync.open();
  await bSync.chooseBundle(path);
  // Rewritten after export: the station's signature over the manifest no longer holds (before any person's signature is judged).
  await expect(bSync.error).toContainText('签名无法验证');
  await expect(bSync.confirm).toHaveCount(0);
  await b.goto('/index.html#/returns');
  await expect(b.locator('.ant-table-row')).toHaveCount(0);
  await a.context().close();
  await b.context().close();
});
