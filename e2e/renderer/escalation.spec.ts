import { test, expect as baseExpect } from '../fixtures/app';
import { reloadAndLogIn, seededLogin } from '../fixtures/seed';
import { WorkflowPanelPage, buttonName } from '../pages/workflow-panel';

const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 180_000 });

// Tuesday 24 Nov 2026, 10:00 in Shanghai; the acknowledgement is due the next day at 10:00.
const T0 = new Date('2026-11-24T10:00:00+08:00');

test.describe('escalation', () => {
  // The clock is set before the app first starts: every record and count runs on it.
  test.use({ loginAs: null });

  test('an overdue case reaches the department manager after login, who acknowledges it', async ({ page, complaintForm }) => {
    await page.clock.setFixedTime(T0);
    await seededLogin(page, 'qa');
    await complaintForm.openNew();
    await complaintForm.fill({ customer: '常州远大机电', phone: '13812345678', product: '液压泵', symptom: '泵体漏油' });
    await complaintForm.save.click();
    const wf = new WorkflowPanelPage(page);
    await expect(wf.number).toContainText(/QA1-2026-\d{4}/, { timeout: 90_000 });
    const number = await wf.currentNumber();
    const caseUrl = page.url();
    await wf.assess({ genuineness: '属实', severity: '外观缺陷', urgency: '一般', category: '质量-制造', grade: '一般' });
    await wf.saveAssessment();
    await expect(page.getByText('评估已保存')).toBeVisible();

    // Tuesday 1 Dec: 4 working days past the acknowledgement, more than the default 2.
    await page.clock.setFixedTime(new Date('2026-12-01T10:00:00+08:00'));
    await reloadAndLogIn(page, 'qam');
    await page.goto('/index.html#/');
    const attention = page.getByTestId('attention');
    const row = attention.locator('tr', { hasText: number });
    await expect(row).toContainText('部门经理');
    await expect(row).toContainText('逾期 4 个工作日');
    await row.getByRole('button', { name: buttonName('已知悉') }).click();
    await expect(page.getByText(`已确认 ${number} 的升级`)).toBeVisible();
    await expect(attention).toBeHidden();

    await page.goto(caseUrl);
    const history = page.getByTestId('history');
    await expect(history).toContainText('部门经理 · 升级对象设为 张经理');
    await expect(history).toContainText('部门经理 · 确认时间设为');
  });
});
