/**
 * A 1024 × 768 window (the QA desk's and the warehouse station's screens): every
 * menu item and who is logged in stay in sight, in Chinese and in English; the
 * header wraps rather than hiding items in a scroller.
 */
import { expect, test, type Page } from '@playwright/test';
import { USERS, seededLogin } from '../fixtures/seed';

async function expectHeaderInSight(page: Page, labels: RegExp[]): Promise<void> {
  const nav = page.locator('header nav');
  for (const label of labels) await expect(nav.getByRole('link', { name: label }), String(label)).toBeInViewport({ ratio: 1 });
  await expect(page.getByTestId('logged-in-person')).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('button', { name: /登\s*出|Log out/ })).toBeInViewport({ ratio: 1 });
}

test('at 1024 × 768 every menu item and the logged-in person are in sight, in zh-CN and in English', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await seededLogin(page, 'admin');
  await expect(page.getByTestId('logged-in-person')).toContainText(USERS.admin.name);
  await expectHeaderInSight(page, [/跟踪表/, /新建投诉/, /退货/, /产品档案/, /客户档案/, /统计分析/, /同步/, /设置/]);
  await page.getByTestId('language-switch').click();
  await page.getByText('English', { exact: true }).click();
  await expectHeaderInSight(page, [/Tracking/, /New complaint/, /Returns/, /Products/, /Customers/, /Review/, /Sync/, /Settings/]);
  // The last item opens its page.
  await page.locator('header nav').getByRole('link', { name: /Settings/ }).click();
  await expect(page).toHaveURL(/#\/settings/);
});
