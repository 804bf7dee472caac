import { test, expect as baseExpect } from '../fixtures/app';
import { reloadAndLogIn, seededLogin, TEST_PASSWORD } from '../fixtures/seed';
import type { Page } from '@playwright/test';
import type { ComplaintFormPage } from '../pages/complaint-form-page';
import { WorkflowPanelPage, buttonName } from '../pages/workflow-panel';
import { sampleEightD } from '../../src/domain/eightd/sample';

// Five engineers share two cores: allow slow renders rather than flake.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 240_000 });

// Tuesday 24 Nov 2026, 10:00 in Shanghai: a plain working day.
const T0 = new Date('2026-11-24T10:00:00+08:00');

async function newComplaint(page: Page, form: ComplaintFormPage, customer: string): Promise<WorkflowPanelPage> {
  await form.openNew();
  await form.fill({ customer, phone: '13812345678', product: '液压泵', symptom: '泵体漏油' });
  await form.save.click();
  const wf = new WorkflowPanelPage(page);
  await expect(wf.number).toContainText(/QA1-2026-\d{4}/, { timeout: 90_000 });
  return wf;
}

/**
 * Filling an 8D is the 8D feature's spec; here the 8D feature's own complete
 * sample row (D4 and D5 done, flags derived by its domain) is stored in the
 * eightD table and the page reloaded so the workflow reads it.
 */
async function seedEightDDone(page: Page, complaintId: string): Promise<void> {
  const row = sampleEightD(complaintId);
  if (!row.d4Done || !row.d5Done) throw new Error('the 8D sample no longer has D4 and D5 done');
  await page.evaluate(async (eightD) => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('complaint-desk');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('eightD', 'readwrite');
        tx.objectStore('eightD').put(eightD);
        tx.oncomplete = () => { open.result.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    });
  }, JSON.parse(JSON.stringify(row)) as unknown);
  await reloadAndLogIn(page);
}

/** A person to name as the case owner (people are master data; their pages are not this spec's subject). */
async function seedOwner(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('complaint-desk');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('people', 'readwrite');
        tx.objectStore('people').put({ id: '01E2EOWNER000000000000000', name: '赵工', departmentId: '', role: 'qaEngineer', phone: '', email: '', active: true, deletedAt: null, _clocks: {} });
        tx.oncomplete = () => { open.result.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    });
  });
}

function complaintIdFromUrl(page: Page): string {
  return new URL(page.url()).hash.split('/').pop() ?? '';
}

async function walkToReplied(page: Page, wf: WorkflowPanelPage): Promise<void> {
  const status = wf.number.locator('.ant-tag');
  await wf.transition('确认受理').click();
  await expect(status).toHaveText('已确认');
  await wf.transition('开始调查').click();
  await expect(status).toHaveText('调查中');
  await wf.transition('进入 8D').click();
  await expect(status).toHaveText('8D 进行中');
  // Without the assessment and the 8D 'replied' is offered disabled, with exactly what is missing.
  await expect(wf.transition('已回复客户')).toBeDisabled();
  await expect(wf.requires('replied')).toContainText('初步评估：尚未确定投诉类别');
  await expect(wf.requires('replied')).toContainText('初步评估：尚未指定负责人');
  await expect(wf.requires('replied')).toContainText('尚未建立 8D 报告');
  await seedOwner(page);
  await seedEightDDone(page, complaintIdFromUrl(page));
  await wf.assess({ genuineness: '属实', severity: '外观缺陷', urgency: '一般', category: '质量-制造', grade: '一般' });
  await wf.choose('负责人', '赵工', wf.assessment);
  await wf.saveAssessment();
  await expect(page.getByText('评估已保存')).toBeVisible();
  // The reply records what was sent and how; an empty one is refused with what is missing.
  await wf.transition('已回复客户').click();
  await wf.confirmModal();
  await expect(page.getByTestId('transition-error')).toContainText('请填写回复内容');
  await wf.modal.getByLabel('回复内容（发送给客户的内容或 8D 报告摘要）').fill('8D 报告已邮件发送给客户质量部');
  await wf.choose('回复方式', '电子邮件', wf.modal);
  await wf.confirmModal();
  await expect(status).toHaveText('已回复');
  await expect(wf.history).toContainText('回复内容：8D 报告已邮件发送给客户质量部（电子邮件，');
  await expect(wf.deadline('reply').locator('[data-state]')).toHaveAttribute('data-state', 'done');
}

test.describe('workflow: assessment, deadlines, status machine, follow-up', () => {
  // The fixed clock is set before the app first starts: everything it records and counts runs on it.
  test.use({ loginAs: null });
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(T0);
    await seededLogin(page);
  });

  test('a safety hazard becomes urgent with a 24 h containment deadline', async ({ page, complaintForm, tracking }, testInfo) => {
    const wf = await newComplaint(page, complaintForm, '华东精密机械');
    // The deadline chain is recorded with the complaint.
    await expect(wf.deadline('acknowledge')).toContainText('2026-11-25 10:00');
    await expect(wf.deadlines).not.toContainText('尚未计算期限');
    await wf.assess({ genuineness: '属实', severity: '安全隐患', category: '质量-材料' });
    // The safety rule shows at once: grade urgent, urgency critical, the proposed department is quality.
    await expect(page.getByTestId('safety-alert')).toBeVisible();
    await expect(wf.assessment.locator('#assessment\\.grade').locator('xpath=ancestor::div[contains(@class,"ant-select")][1]')).toContainText('紧急');
    await expect(wf.assessment).toContainText('建议：质量部');
    await wf.saveAssessment();
    await expect(page.getByText('评估已保存')).toBeVisible();
    await expect(wf.deadline('containment')).toContainText('紧急遏制（24 小时）');
    await expect(wf.deadline('containment')).toContainText('2026-11-25 10:00');
    await expect(wf.deadline('acknowledge')).toContainText('2026-11-25 10:00');
    await expect(wf.deadline('reply')).toContainText('2026-12-03 10:00');
    await page.screenshot({ path: testInfo.outputPath('workflow-panel.png'), fullPage: true });

    const number = await wf.currentNumber();
    await tracking.open();
    await expect(tracking.row(number)).toContainText('紧急');
    await expect(tracking.row(number)).toContainText('质量-材料');
    await expect(tracking.row(number)).toContainText('2026-11-25 10:00');
  });

  test('refuses a postponement without a reason, then records one keeping the original date', async ({ page, complaintForm }) => {
    const wf = await newComplaint(page, complaintForm, '苏州恒达电子');
    await wf.deadline('reply').getByRole('button', { name: buttonName('延期') }).click();
    await wf.modal.getByRole('button', { name: buttonName('保存') }).click();
    await expect(wf.modal).toContainText('请填写延期原因');
    await wf.modal.getByLabel('新期限').fill('2026-12-10 17:00');
    await wf.modal.getByLabel('新期限').press('Enter');
    await wf.modal.getByLabel('原因', { exact: true }).fill('等待第三方检测报告');
    await wf.modal.getByRole('checkbox').check();
    await wf.modal.getByRole('button', { name: buttonName('保存') }).click();
    await expect(wf.deadline('reply')).toContainText('2026-12-03 10:00');
    await expect(wf.deadline('reply')).toContainText('延至 2026-12-10 17:00：等待第三方检测报告（已告知客户）');
  });

  test('walks a case from new to closed', async ({ page, complaintForm }) => {
    const wf = await newComplaint(page, complaintForm, '杭州东方阀门');
    await walkToReplied(page, wf);
    await wf.transition('开始回访').click();
    await expect(wf.number.locator('.ant-tag')).toHaveText('回访中');
    // Closing needs a satisfied customer first.
    await expect(wf.requires('closed')).toContainText('需要先记录回访');
    await wf.recordFollowUp(5, '问题已解决');
    await expect(wf.followUp).toContainText('满意度 5');
    // Closing says what it means, needs its note, and is signed with the closing person's password.
    await wf.transition('结案').click();
    const dialog = page.getByRole('dialog');
    await expect(page.getByTestId('close-confirm')).toBeVisible();
    await expect(page.getByTestId('sign-manifest')).toContainText('张经理');
    await dialog.locator('#sign-password').fill(TEST_PASSWORD);
    await dialog.getByRole('button', { name: /签\s*名/ }).click();
    await expect(page.getByTestId('sign-error')).toContainText('请填写结案说明');
    await dialog.getByLabel('结案说明').fill('客户确认问题已解决');
    await dialog.getByRole('button', { name: /签\s*名/ }).click();
    await expect(wf.number.locator('.ant-tag')).toHaveText('已关闭');
    // A closed case is read-only: no edit button.
    await expect(page.getByRole('button', { name: /^编\s*辑$/ })).toHaveCount(0);
    await expect(wf.history).toContainText('2026年11月24日 10:00');
    await expect(wf.history).toContainText('将状态从 回访中 改为 已关闭');
    await expect(wf.history).toContainText('说明：客户确认问题已解决');
    // A closed case offers reopen, with its reason.
    await wf.transition('重新打开').click();
    await wf.confirmModal();
    await expect(page.getByTestId('transition-error')).toContainText('请填写重新打开的原因');
    await wf.modal.getByLabel('重新打开的原因').fill('客户来电：同批次再次渗漏');
    await wf.confirmModal();
    await expect(wf.number.locator('.ant-tag')).toHaveText('重新打开');
    await expect(page.getByTestId('history')).not.toContainText(/\d{4}-\d{2}-\d{2}T|events\.|status /);
  });

  test('rejects a case only with a reason', async ({ page, complaintForm }) => {
    const wf = await newComplaint(page, complaintForm, '宁波海天贸易');
    await wf.transition('拒绝').click();
    await wf.confirmModal();
    await expect(page.getByTestId('transition-error')).toContainText('请选择拒绝理由');
    await expect(wf.number.locator('.ant-tag')).toHaveText('新建');
    await wf.choose('拒绝理由', '使用不当', wf.modal);
    await wf.modal.getByLabel('说明').fill('超压使用，压力表显示 35 MPa');
    await wf.confirmModal();
    await expect(wf.number.locator('.ant-tag')).toHaveText('已拒绝');
    await expect(wf.history).toContainText('使用不当');
    await expect(wf.history).toContainText('超压使用');
  });

  test('an unsatisfied follow-up reopens the case with a new reply deadline', async ({ page, complaintForm }) => {
    const wf = await newComplaint(page, complaintForm, '无锡新科');
    await walkToReplied(page, wf);
    await wf.recordFollowUp(2, '仍有渗漏');
    await expect(wf.number.locator('.ant-tag')).toHaveText('重新打开');
    await expect(page.getByText('客户不满意，投诉已重新打开')).toBeVisible();
    await expect(wf.deadline('reply-2')).toContainText('第 2 轮');
    await expect(wf.deadline('reply')).toContainText('重新开始');
    await wf.transition('开始调查').click();
    await expect(wf.number.locator('.ant-tag')).toHaveText('调查中');
  });

  test('an overdue case is in the overdue view and the header count', async ({ page, complaintForm, tracking }, testInfo) => {
    // Nobody touches this case: its deadline chain was recorded with it, so it falls overdue all the same.
    const late = await newComplaint(page, complaintForm, '常州远大机电');
    await expect(late.deadline('acknowledge')).toBeVisible();
    const lateNumber = await late.currentNumber();
    await expect(page.getByTestId('overdue-badge')).toHaveAttribute('data-count', '0');

    // Two days later the acknowledgement (due 25 Nov 10:00) is overdue; a case received today is not.
    await page.clock.setFixedTime(new Date('2026-11-26T10:00:00+08:00'));
    await reloadAndLogIn(page);
    const fresh = await newComplaint(page, complaintForm, '南京华信');
    await expect(fresh.deadline('acknowledge').locator('[data-state]')).toHaveAttribute('data-state', 'ok');
    await expect(page.getByTestId('overdue-badge')).toHaveAttribute('data-count', '1');

    await tracking.open();
    await expect(tracking.rowCount).toHaveText('共 2 条');
    await page.getByTestId('overdue-badge').click();
    await expect(page.getByTestId('tracking-view').locator('.ant-segmented-item-selected')).toHaveText('已逾期');
    await expect(tracking.rowCount).toHaveText('共 1 条');
    await expect(tracking.row(lateNumber).locator('[data-state]')).toHaveAttribute('data-state', 'overdue');
    await page.screenshot({ path: testInfo.outputPath('overdue-view.png') });
  });
});

test.describe('workflow settings', () => {
  test.use({ loginAs: null });
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(T0);
    await seededLogin(page);
  });

  test('edits deadline lengths and the plant calendar, warning about a year without statutory data', async ({ page }) => {
    await page.goto('/index.html#/settings');
    const calendar = page.getByTestId('calendar-overrides');
    await expect(calendar).toContainText('2027 年的法定节假日安排尚未收录（已设置 0 天）');
    await calendar.getByLabel('日期').fill('2027-01-04');
    await calendar.getByLabel('日期').press('Enter');
    await calendar.getByLabel('备注').fill('年度停产检修');
    await calendar.getByRole('button', { name: buttonName('添加') }).click();
    await expect(calendar.locator('tbody')).toContainText('年度停产检修');
    await expect(calendar).toContainText('2027 年的法定节假日安排尚未收录（已设置 1 天）');

    const deadlines = page.getByTestId('deadline-settings');
    await deadlines.getByLabel('8D 回复（工作日）').fill('0');
    await deadlines.getByRole('button', { name: buttonName('保存') }).click();
    await expect(deadlines).toContainText('请输入范围内的整数');
    await deadlines.getByLabel('8D 回复（工作日）').fill('5');
    await deadlines.getByLabel('8D 回复（工作日）').press('Tab');
    await expect(deadlines).not.toContainText('请输入范围内的整数');
    await deadlines.getByRole('button', { name: buttonName('保存') }).click();
    // Its own notice, not the calendar's 已保存: a reload before the write commits would abort it.
    await expect(page.getByText('处理期限已保存，新登记的投诉按新期限计算')).toBeVisible();
    await reloadAndLogIn(page);
    await expect(page.getByTestId('deadline-settings').getByLabel('8D 回复（工作日）')).toHaveValue('5');
    await expect(page.getByTestId('calendar-overrides').locator('tbody')).toContainText('年度停产检修');
  });
});
