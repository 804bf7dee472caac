/**
 * A station whose system asks for reduced motion (an accessibility setting) gets
 * no animations: antd's motion durations are zero and a dropdown opens without
 * its slide. Other stations keep them. Every station gets the widgets from
 * antd's static stylesheet with the plant's theme.
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

test("the widgets wear antd's static stylesheet and the plant's theme, with no widget styles generated in the page", async ({ browser }, testInfo) => {
  const { context, page } = await firstRun(browser, testInfo, 'reduce');
  const primary = page.locator('button.ant-btn-primary').first();
  await expect(primary).toBeVisible();
  const look = await primary.evaluate((el) => ({ background: getComputedStyle(el).backgroundColor, radius: getComputedStyle(el).borderTopLeftRadius }));
  // antd's primary blue, and the theme's 4 px corners (antd's own are 6 px): the theme's tokens reach the static styles.
  expect(look).toEqual({ background: 'rgb(22, 119, 255)', radius: '4px' });
  // Zero runtime (App.tsx): the page generates only the theme's CSS variables (`--ant-…: …`), never a widget's own
  // declarations (padding, colour, border …); those come from the stylesheet.
  const generated = await page.evaluate(() => {
    const styles = [...document.querySelectorAll('style')].map((s) => s.textContent ?? '');
    return { variables: styles.filter((t) => /[{;]--ant-/.test(t)).length, declarations: styles.filter((t) => /\.ant-[^{]*\{[^}]*(^|[{;])(?!--)[a-z-]+:/.test(t)).length };
  });
  expect(generated.variables).toBeGreaterThan(0);
  expect(generated.declarations).toBe(0);
  await context.close();
});
