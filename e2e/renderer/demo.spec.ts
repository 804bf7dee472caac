/**
 * The demo plant offered at first start (#13): one click loads people, complaints
 * in every status and deadlines, some overdue, and returns. The spec starts on the first-run
 * screen because the demo offer lives there.
 */
import { test, expect as baseExpect } from '../fixtures/app';

const expect = baseExpect.configure({ timeout: 30_000 });
const STATUSES = ['新建', '已确认', '调查中', '紧急遏制', '8D 进行中', '已回复', '回访中', '已关闭', '已拒绝', '重新打开'];

test.describe('demo plant', () => {
  test.use({ loginAs: null });

  test('loads with overdue cases and complaints in every status', async ({ page, tracking }) => {
    await tracking.open();
    await page.locator('#adminName').fill('演示管理员');
    await page.locator('#password').fill('demo-admin-pass-1');
    await page.locator('#confirm').fill('demo-admin-pass-1');
    await page.getByRole('button', { name: '创建管理员并载入演示数据' }).click();
    await expect(tracking.rows.first()).toBeVisible({ timeout: 60_000 });
    await expect(tracking.rowCount).toHaveText('共 300 条');
    await expect(page.getByTestId('overdue-badge')).not.toHaveAttribute('data-count', '0');

    const status = page.getByRole('combobox', { name: '状态' });
    for (const name of STATUSES) {
      await status.click();
      await page.locator('.ant-select-item-option').filter({ hasText: new RegExp(`^${name}$`) }).click();
      await expect(tracking.rowCount, name).not.toHaveText(/共 0 条|加载/);
      await expect(tracking.rows.first().getByText(name, { exact: true })).toBeVisible();
    }

    // The demo's returns are in the returns list.
    await page.goto('/index.html#/returns');
    await expect(page.locator('.ant-table-row').first()).toContainText(/RT-\S+-\d{4}-\d{4}/);
  });
});
