/**
 * A station whose system asks for reduced motion (an accessibility setting) gets
 * no animations: antd's motion durations are zero and a dropdown opens without
 * its slide. Other stations keep them.
 */
import { expect, test, type Browser, type TestInfo } from '@playwright/test';

async function firstRun(browser: Browser, testInfo: TestInfo, reducedMotion: 'reduce' | 'no-preference') {
  const { baseURL, locale, timezoneId } = testInfo.project.use;
  const context = await browser.newContext({ baseURL, locale, timezoneId, reducedMotion });
  const page = await context.newPage();
  await page.goto('/index.html');
  await expect(page.getByTestId('first-run-station')).toBeVisible({ timeout: 30_000 });
  const languages = page.getByTestId('auth-language');
  const duration = await languages.evaluate((el) => getComputedStyle(el).getPropertyValue('--ant-motion-duration-mid').trim());
  return { context, page, languages, duration };
}

test('a station that asks for reduced motion gets none: zero durations, a dropdown without its slide', async ({ browser }, testInfo) => {
  const { context, page, languages, duration } = await firstRun(browser, testInfo, 'reduce');
  expect(duration).toBe('0s');
  await languages.click();
  const dropdown = page.locator('.ant-select-dropdown').first();
  await expect(dropdown).toBeVisible();
  expect(await dropdown.getAttribute('class')).not.toMatch(/ant-slide-up/);
  await context.close();
});

test('a station that does not ask keeps the animations', async ({ browser }, testInfo) => {
  const { context, duration } = await firstRun(browser, testInfo, 'no-preference');
  expect(duration).toBe('0.2s');
  await context.close();
});
