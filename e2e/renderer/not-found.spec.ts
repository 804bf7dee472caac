import { test, expect } from '../fixtures/app';

test('an unknown address shows a page in the app language with the way back', async ({ page, tracking }) => {
  await page.goto('/index.html#/no-such-page');
  const notFound = page.getByTestId('not-found');
  await expect(notFound).toContainText('找不到这个页面');
  await expect(page.getByText('Hey developer')).toHaveCount(0);
  await notFound.getByRole('button', { name: /返\s*回跟踪表/ }).click();
  await expect(tracking.rowCount).toBeVisible();
});
