import { test, expect as baseExpect } from '../fixtures/app';
import type { Page } from '@playwright/test';

const expect = baseExpect.configure({ timeout: 30_000 });
const BOSS_PASSWORD = 'boss-pass-1';
test.describe.configure({ timeout: 240_000 });
// The demo dataset is loaded by the first-run setup: start on it, unseeded.
test.use({ loginAs: null });

async function loadDemo(page: Page) {
  await page.goto('/index.html#/');
  const setup = page.getByTestId('first-run-station');
  await setup.getByLabel('站点名称').fill('质量部');
  await setup.getByLabel('站点代码').fill('QA9');
  await setup.getByLabel('管理员姓名').fill('管理员');
  await setup.getByLabel('登录名').fill('boss');
  await setup.getByLabel('新密码').fill(BOSS_PASSWORD);
  await setup.getByLabel('再次输入密码').fill(BOSS_PASSWORD);
  await page.getByRole('button', { name: '创建管理员并载入演示数据' }).click();
  await expect(page.getByTestId('row-count')).toHaveText('共 300 条', { timeout: 90_000 });
}

const scrollBox = (page: Page) => page.getByTestId('vt-scroll');

for (const [width, height] of [[1366, 768], [1024, 768]] as const) {
  test(`the tracking table fits ${width} × ${height}: every column reachable, chosen columns kept, stable order, each list from its top`, async ({ page, tracking }, testInfo) => {
    await page.setViewportSize({ width, height });
    await loadDemo(page);
    await page.screenshot({ path: testInfo.outputPath(`tracking-${width}.png`) });

    // The grid's scroll box is inside the window: its own scrollbars, the page does not scroll.
    const box = await scrollBox(page).boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(width);
    expect(box && box.y + box.height).toBeLessThanOrEqual(height);
    expect(await page.locator('main').evaluate((m) => m.scrollHeight <= m.clientHeight + 1)).toBe(true);
    // Scrolled to the right end, the last column is whole on screen.
    await scrollBox(page).evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    const lastHeader = page.getByRole('columnheader').last();
    const last = await lastHeader.boundingBox();
    expect(last && last.x + last.width).toBeLessThanOrEqual(width);
    expect(last && last.x).toBeGreaterThanOrEqual(0);

    // The user chooses the columns; the choice survives a reload.
    const before = await page.getByRole('columnheader').count();
    await page.getByTestId('columns-button').click();
    await page.getByTestId('column-chooser').getByText('批号', { exact: true }).click();
    await expect(page.getByRole('columnheader')).toHaveCount(before - 1);
    await page.reload();
    // A reload restarts the app: log in again as the administrator the setup created.
    const login = page.getByTestId('login-form');
    await login.locator('#login').fill('boss');
    await login.locator('#password').fill(BOSS_PASSWORD);
    await login.getByRole('button', { name: /登\s*录/ }).click();
    await expect(page.getByRole('columnheader')).toHaveCount(before - 1);
    await expect(page.getByRole('columnheader', { name: '批号' })).toHaveCount(0);

    // Sorting by customer orders each customer's complaints by receipt time.
    await tracking.sortBy('客户');
    await expect(page.getByRole('columnheader', { name: /客户/ })).toHaveAttribute('aria-sort', 'ascending');
    // The header shows the new sort at once; the rows follow when the query returns, so wait for them.
    const pairsNow = () => tracking.rows.evaluateAll((rows) => rows.slice(0, 25).map((r) => [r.children[2]?.textContent ?? '', r.children[1]?.textContent ?? ''] as const));
    const inOrder = (pairs: (readonly [string, string])[]) => JSON.stringify(pairs) === JSON.stringify([...pairs].sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) : a[0] < b[0] ? -1 : 1)));
    await expect.poll(async () => { const p = await pairsNow(); return p.length > 10 && inOrder(p); }, { timeout: 20_000 }).toBe(true);

    // A scrolled list that is sorted again starts at its top.
    await scrollBox(page).evaluate((el) => el.scrollTo({ top: 3000 }));
    await expect.poll(() => scrollBox(page).evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    await tracking.sortBy('接收时间');
    await expect.poll(() => scrollBox(page).evaluate((el) => el.scrollTop)).toBe(0);

    // A page opened from a scrolled page starts at its top.
    await tracking.rows.first().click();
    await expect(page.getByTestId('complaint-number')).toBeVisible();
    await page.locator('main').evaluate((m) => m.scrollTo({ top: m.scrollHeight }));
    await page.getByRole('button', { name: /编\s*辑/ }).click();
    await expect(page.locator('#details\\.symptom')).toBeVisible();
    await expect.poll(() => page.locator('main').evaluate((m) => m.scrollTop)).toBe(0);
    // A long text shows its limit and counts.
    await expect(page.locator('#details\\.symptom').locator('xpath=ancestor::*[contains(@class,"ant-input-textarea")][1]')).toContainText('/ 4000');
  });
}
