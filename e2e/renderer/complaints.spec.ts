import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { test, expect } from '../fixtures/app';
import { reloadAndLogIn } from '../fixtures/seed';

// A 1×1 PNG: a real image, so the thumbnail renders.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

test.describe('complaint intake and the tracking table', () => {
  test('records a complaint with evidence, survives a reload, is found by search and opened', async ({ page, tracking, complaintForm }, testInfo) => {
    await complaintForm.openNew();
    await expect(page.getByRole('heading', { name: /新建投诉/ })).toBeVisible();
    await complaintForm.fill({ customer: '华东精密机械有限公司', phone: '13812345678', product: '液压泵', batch: 'B20261101-03', orderQty: 100, shippedQty: 100, symptom: '泵体接合面漏油' });
    await complaintForm.attach([{ name: 'leak.png', mimeType: 'image/png', buffer: PNG }]);
    await expect(page.getByTestId('attachment')).toHaveCount(1);
    await expect(page.getByRole('img', { name: 'leak.png' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('complaint-form.png'), fullPage: true });
    await complaintForm.save.click();
    await expect(page.getByTestId('complaint-number')).toContainText(/QA1-\d{4}-0001/);
    const number = ((await page.getByTestId('complaint-number').textContent()) ?? '').match(/QA1-\d{4}-\d{4}/)?.[0] ?? '';

    await reloadAndLogIn(page);
    await tracking.open();
    await tracking.searchFor('精密');
    await expect(tracking.rows).toHaveCount(1);
    await expect(tracking.row(number)).toContainText('液压泵');
    await tracking.searchFor(number.slice(-4));
    await expect(tracking.row(number)).toBeVisible();
    await tracking.searchFor('B20261101');
    await expect(tracking.row(number)).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('tracking-table.png') });
    await testInfo.attach('tracking-table', { path: testInfo.outputPath('tracking-table.png'), contentType: 'image/png' });
    await testInfo.attach('complaint-form', { path: testInfo.outputPath('complaint-form.png'), contentType: 'image/png' });

    await tracking.openComplaint(number);
    await expect(page.getByTestId('complaint-number')).toContainText(number);
    await expect(page.getByText('泵体接合面漏油')).toBeVisible();
    await expect(page.getByRole('img', { name: 'leak.png' })).toBeVisible();
  });

  test('shows a message at every invalid field, then saves once fixed', async ({ page, complaintForm }) => {
    await complaintForm.openNew();
    await complaintForm.field('电话').fill('12345');
    await complaintForm.field('邮箱').fill('not-an-email');
    await complaintForm.field('订单数量').fill('10');
    await complaintForm.field('发货数量').fill('12');
    await complaintForm.field('涉及数量').fill('-3');
    await complaintForm.save.click();
    await expect(complaintForm.errorFor('customer.name')).toHaveText('必填');
    await expect(complaintForm.errorFor('product.name')).toHaveText('必填');
    await expect(complaintForm.errorFor('details.symptom')).toHaveText('必填');
    await expect(complaintForm.errorFor('customer.phone')).toContainText('电话格式不正确');
    await expect(complaintForm.errorFor('customer.email')).toHaveText('邮箱格式不正确');
    await expect(complaintForm.errorFor('product.shippedQty')).toContainText('发货数量大于订单数量');
    await expect(complaintForm.errorFor('details.affectedQty')).toHaveText('不能为负数');
    await expect(complaintForm.errorFor('demand.kinds')).toHaveText('至少选择一项客户诉求');
    await expect(page.getByText('保存失败，请检查标红的字段')).toBeVisible();

    await complaintForm.fill({ customer: '苏州恒达电子', phone: '0512-66668888', product: '控制板', symptom: '上电后无输出' });
    await complaintForm.field('邮箱').fill('qa@hengda.example');
    await complaintForm.field('涉及数量').fill('3');
    await page.getByRole('checkbox', { name: '确认' }).check();
    await complaintForm.save.click();
    await expect(page.getByTestId('complaint-number')).toContainText(/QA1-\d{4}-0001/);
  });

  test('refuses an attachment over the size limit, naming the limit', async ({ page, complaintForm }, testInfo) => {
    await complaintForm.openNew();
    const big = testInfo.outputPath('huge.mp4');
    writeFileSync(big, '');
    truncateSync(big, 50 * 1024 * 1024 + 1);
    await complaintForm.attach([big]);
    await expect(page.getByText('huge.mp4 超过 50 MB 上限，未添加')).toBeVisible();
    await expect(page.getByTestId('attachment')).toHaveCount(0);
  });

  test('keeps a half-filled form as a draft across a reload', async ({ page, complaintForm }) => {
    await complaintForm.openNew();
    await complaintForm.field('客户名称').fill('青岛蓝海食品');
    await complaintForm.field('问题描述').fill('密封件硬化开裂，已影响两条产线');
    await reloadAndLogIn(page);
    await expect(page.getByText('已恢复上次未保存的草稿')).toBeVisible();
    await expect(complaintForm.field('客户名称')).toHaveValue('青岛蓝海食品');
    await expect(complaintForm.field('问题描述')).toHaveValue('密封件硬化开裂，已影响两条产线');
  });

  test('edits a complaint and shows who changed which field in its history', async ({ page, complaintForm }, testInfo) => {
    await complaintForm.openNew();
    await complaintForm.fill({ customer: '北京中科仪器', phone: '13900001111', product: '伺服电机', symptom: '启动扭矩不足' });
    await complaintForm.save.click();
    await expect(page.getByTestId('complaint-number')).toBeVisible();
    await page.getByRole('button', { name: /编\s*辑/ }).click();
    await complaintForm.field('电话').fill('010-88886666');
    await complaintForm.save.click();
    const history = page.getByTestId('history');
    await expect(history).toContainText('修改');
    await expect(history).toContainText('13900001111');
    await expect(history).toContainText('010-88886666');
    await expect(history).toContainText('将电话从 13900001111 改为 010-88886666');
    await expect(history).not.toContainText('customer.phone');
    // Times as the user reads them (2026年12月2日 15:51), never an ISO or UTC stamp; the picture is kept for a person to look at.
    await expect(history).toContainText(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
    await expect(history).not.toContainText(/\d{4}-\d{2}-\d{2}T|\d{2}:\d{2}:\d{2}|Z\b|UTC/);
    await history.screenshot({ path: testInfo.outputPath('history.png') });
  });

  test('switches the interface to English and back, and remembers it', async ({ page, tracking }) => {
    await tracking.open();
    await expect(page.getByRole('heading', { name: '客户抱怨处理跟踪表' })).toBeVisible();
    await page.getByTestId('language-switch').click();
    await page.getByTitle('English').click();
    await expect(page.getByRole('heading', { name: 'Complaint tracking table' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'New complaint' })).toBeVisible();
    await reloadAndLogIn(page);
    await expect(page.getByRole('heading', { name: 'Complaint tracking table' })).toBeVisible();
    await page.getByTestId('language-switch').click();
    await page.getByTitle('简体中文').click();
    await expect(page.getByRole('heading', { name: '客户抱怨处理跟踪表' })).toBeVisible();
  });

  test('numbers complaints with the station code set in settings', async ({ page, complaintForm }) => {
    await page.goto('/index.html#/settings');
    const code = page.getByLabel('站点代码');
    await code.fill('WH2');
    await page.getByRole('button', { name: /保\s*存/ }).first().click();
    await expect(page.getByTestId('station-code')).toHaveText('WH2');
    await complaintForm.openNew();
    await complaintForm.fill({ customer: '天津滨海物流', product: '包装纸箱', symptom: '到货外箱破损' });
    await complaintForm.save.click();
    await expect(page.getByTestId('complaint-number')).toContainText(/WH2-\d{4}-0001/);
  });
});

test.describe('first run', () => {
  test.use({ loginAs: null });

  test('creates the administrator and this station\'s code, loads the demo dataset, and then always asks for a login', async ({ page, tracking }) => {
    test.setTimeout(180_000);
    await page.goto('/index.html');
    const setup = page.getByTestId('first-run-station');
    await expect(setup).toBeVisible();
    // No page of the app is reachable before the setup: an address inside it shows the setup too.
    await page.goto('/index.html#/settings');
    await expect(setup).toBeVisible();
    await expect(page.getByTestId('logged-in-person')).toHaveCount(0);
    await page.getByTestId('auth-language').click();
    await page.getByTitle('English').click();
    await expect(page.getByText('First start: this station and its administrator')).toBeVisible();
    await page.getByTestId('auth-language').click();
    await page.getByTitle('简体中文').click();
    await setup.getByLabel('站点名称').fill('二号仓库');
    await setup.getByLabel('站点代码').fill('3w');
    await setup.getByLabel('管理员姓名').fill('陈管理');
    await setup.getByLabel('登录名').fill('chen');
    await setup.getByLabel('新密码').fill('short');
    await setup.getByLabel('再次输入密码').fill('short');
    await page.getByRole('button', { name: '创建管理员并载入演示数据' }).click();
    await expect(setup.locator('[data-field-error="code"]')).toHaveText('站点代码为 2–6 位大写字母或数字，以字母开头');
    await expect(setup.locator('[data-field-error="password"]')).toHaveText('密码至少 8 个字符');
    await setup.getByLabel('站点代码').fill('wh3');
    await setup.getByLabel('新密码').fill('管理员密码-2026');
    await setup.getByLabel('再次输入密码').fill('管理员密码-2027');
    await page.getByRole('button', { name: '创建管理员并载入演示数据' }).click();
    await expect(setup.locator('[data-field-error="confirm"]')).toHaveText('两次输入的密码不一致');
    await setup.getByLabel('再次输入密码').fill('管理员密码-2026');
    await page.getByRole('button', { name: '创建管理员并载入演示数据' }).click();
    await expect(page.getByTestId('logged-in-person')).toContainText('陈管理', { timeout: 60_000 });
    await tracking.open();
    // 300 complaints, each stamped and audited: seconds on a busy machine.
    await expect(tracking.rowCount).toHaveText('共 300 条', { timeout: 60_000 });
    await expect(page.getByTestId('logged-in-person')).toContainText('陈管理');
    await expect(page.getByTestId('station-code')).toHaveText('WH3');
    await expect(tracking.rows.first()).toHaveAttribute('data-number', /^WH3-\d{4}-\d{4}$/);
    await tracking.sortBy('客户');
    await expect(page.getByRole('columnheader', { name: /客户/ })).toHaveAttribute('aria-sort', 'ascending');
    const firstCustomers = await tracking.rows.evaluateAll((rows) => rows.slice(0, 10).map((r) => r.children[2]?.textContent ?? ''));
    expect(firstCustomers).toEqual([...firstCustomers].sort());
    // From now on the app opens on the login screen; a wrong password is refused.
    await page.reload();
    const login = page.getByTestId('login-form');
    await expect(login).toBeVisible();
    await login.locator('#login').fill('chen');
    await login.locator('#password').fill('wrong-password');
    await login.getByRole('button', { name: /登\s*录/ }).click();
    await expect(login.getByRole('alert')).toHaveText('登录名或密码错误');
    await login.locator('#password').fill('管理员密码-2026');
    await login.getByRole('button', { name: /登\s*录/ }).click();
    await expect(tracking.rowCount).toHaveText('共 300 条');
  });
});

test('the build carries a strict CSP without unsafe-eval', async ({ page }) => {
  const html = readFileSync('out/renderer/index.html', 'utf8');
  expect(html).toContain("script-src 'self'");
  expect(html).not.toContain('unsafe-eval');
  await page.goto('/index.html');
  // An injected inline script must not run: the policy allows only our own files.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = 1';
    document.head.appendChild(s);
  });
  expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
});
