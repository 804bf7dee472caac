import { test, expect as baseExpect } from '../fixtures/app';
import { buttonName } from '../pages/workflow-panel';
import { NOTICE_2026 } from '../../src/domain/calendar/test-data/notices';

const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 120_000 });

test.describe('settings: deadlines per grade and the holiday notice', () => {
  test.use({ loginAs: 'admin' });

  test('an administrator sets a shorter reply for serious cases and imports the State Council notice after a preview', async ({ page }) => {
    await page.goto('/index.html#/settings');
    const deadlines = page.getByTestId('deadline-settings');
    await deadlines.getByLabel('严重 8D回复(工作日)').fill('3');
    await deadlines.getByRole('button', { name: buttonName('保存') }).click();
    await expect(page.getByText('处理期限已保存，新登记的投诉按新期限计算')).toBeVisible();

    const notice = page.getByTestId('holiday-notice');
    await notice.getByLabel('通知全文').fill('2027年的安排另行通知。');
    await notice.getByRole('button', { name: buttonName('预览') }).click();
    await expect(notice.getByRole('alert')).toContainText('没有找到“一、元旦：…”这样的安排条目');

    await notice.getByLabel('通知全文').fill(NOTICE_2026);
    await notice.getByRole('button', { name: buttonName('预览') }).click();
    const preview = notice.getByTestId('notice-preview');
    await expect(preview).toContainText('2026 年：放假 33 天，调休上班 6 天');
    await expect(preview.locator('tr', { hasText: '2026-10-10' })).toContainText('调休上班');
    await preview.getByRole('button', { name: buttonName('保存到日历') }).click();
    await expect(page.getByText('2026 年节假日安排已保存；已计算的期限不变')).toBeVisible();
    await expect(notice).toContainText('已导入：');
    await expect(deadlines.getByLabel('严重 8D回复(工作日)')).toHaveValue('3');
  });
});
