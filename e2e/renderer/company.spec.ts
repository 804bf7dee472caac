/**
 * Settings › Company (公司信息): what every document prints in its header. Bad input is
 * refused with a message in the user's language; a good logo is previewed; the
 * saved company survives a reload.
 */
import { test, expect as baseExpect } from '../fixtures/app';
import { reloadAndLogIn } from '../fixtures/seed';

const expect = baseExpect.configure({ timeout: 60_000 });
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

test('the company card refuses a name longer than the header, a logo that is not an image; saves name, logo and form number', async ({ page }, testInfo) => {
  await page.goto('/index.html#/settings');
  const card = page.getByTestId('company-card');
  await expect(card).toContainText('公司信息');
  await expect(card).toContainText('尚未填写公司名称');

  await card.locator('#name').fill('很'.repeat(31));
  await card.getByRole('button', { name: /保\s*存/ }).click();
  await expect(card).toContainText('名称超过页眉可容纳的长度');

  await card.locator('#company-logo').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('not an image at all') });
  await expect(card).toContainText('该文件不是 PNG 或 JPEG 图片');
  await card.locator('#company-logo').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
  await expect(card.getByTestId('company-logo-preview')).toBeVisible();

  await card.locator('#name').fill('示例机械制造有限公司');
  await card.locator('#nameEn').fill('Example Machinery Co., Ltd.');
  await card.getByLabel('8D 报告 表单编号').fill('QR-8.5-03');
  await card.getByLabel('8D 报告 版本').fill('A/0');
  await card.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText('已保存')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('company-card.png'), fullPage: true });

  await reloadAndLogIn(page);
  const again = page.getByTestId('company-card');
  await expect(again.locator('#name')).toHaveValue('示例机械制造有限公司');
  await expect(again.getByLabel('8D 报告 表单编号')).toHaveValue('QR-8.5-03');
  await expect(again.getByTestId('company-logo-preview')).toBeVisible();
  await expect(again).not.toContainText('尚未填写公司名称');
});
