import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { test, expect as baseExpect } from '../fixtures/app';
import { reloadAndLogIn, seededLogin, TEST_PASSWORD } from '../fixtures/seed';
import { EightDWorkspace } from '../pages/eightd-workspace';
import { ReturnsPages } from '../pages/returns-pages';

// A 2×1 PNG: a real image the photo check accepts and Word can embed.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDAAAAD/wH/+2k/2QAAAABJRU5ErkJggg==', 'base64');

// Two cores shared by several builds and browsers: allow slow renders rather than flake.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 300_000 });

function docText(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

test.describe('8D workspace', () => {
  test('fills D0–D8 through the UI, refuses bad input, signs and exports the saved report as Word', async ({ page, complaintForm }, testInfo) => {
    await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+08:00'));
    await reloadAndLogIn(page); // the app (and its header's clock) starts again under the fixed time
    await complaintForm.openNew();
    await complaintForm.fill({ customer: '华东精密机械有限公司', product: '液压泵', batch: 'B20261101', symptom: '泵体接合面漏油' });
    await complaintForm.save.click();
    await expect(page.getByTestId('complaint-number')).toContainText('QA1-2026-0001', { timeout: 90_000 }); // first load of the detail page's chunk

    const w = new EightDWorkspace(page);
    await expect(w.summary).toContainText('尚未开始 8D');
    await w.summary.getByRole('button', { name: '开始 8D' }).click();
    // The summary's button opens the 8D page; the page's own button starts it (not the summary's, still on screen for a moment).
    await expect(page).toHaveURL(/#\/complaints\/[^/]+\/8d$/);
    await page.getByRole('main').getByRole('button', { name: '开始 8D' }).click();
    await expect(w.title).toContainText('QA1-2026-0001');

    // D0
    await w.fill('d0', { owner: '张工', date: '2026-11-25', emergencyResponse: '通知客户停用该批次，库存冻结' });
    await w.save('d0');
    await expect(w.tab('d0')).toHaveAttribute('data-complete', 'true');

    // D1: a leader and a champion
    await w.open('d1');
    await w.fill('d1', { owner: '张工', date: '2026-11-25' });
    await w.add('d1', '添加成员');
    await w.fill('d1', { 'members.0.name': '张工', 'members.0.department': '质量部' });
    await w.add('d1', '添加成员');
    await w.fill('d1', { 'members.1.name': '赵经理', 'members.1.department': '生产部' });
    await w.choose('d1', 'members.1.role', '倡导者');
    await w.save('d1');
    await expect(w.tab('d1')).toHaveAttribute('data-complete', 'true');

    // D2: a file that is not an image is refused whatever its name; a real photo is kept
    await w.open('d2');
    await w.fill('d2', { owner: '张工', date: '2026-11-25', what: '前端盖接合面渗油', howMany: '200 台中 12 台', statement: 'HP-200 批次 B20261101 有 6% 渗油' });
    let chooser = page.waitForEvent('filechooser');
    await w.add('d2', '添加照片');
    await (await chooser).setFiles([{ name: 'fake.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('MZ not really a picture') }]);
    await expect(page.getByText('fake.jpg: 文件内容不是图片（PNG、JPEG、GIF、BMP）')).toBeVisible();
    chooser = page.waitForEvent('filechooser');
    await w.add('d2', '添加照片');
    await (await chooser).setFiles([{ name: 'leak.png', mimeType: 'image/png', buffer: PNG }]);
    await expect(w.form('d2').getByTestId('photo')).toHaveCount(1);
    await w.save('d2');
    await expect(w.tab('d2')).toHaveAttribute('data-complete', 'true');

    // D3: four locations N/A, the warehouse sorted, one containment action
    await w.open('d3');
    await w.fill('d3', { owner: '王工', date: '2026-11-25', 'locations.warehouse.checkedQty': '120', 'locations.warehouse.badQty': '2', 'locations.warehouse.method': '全检保压', cleanPoint: '绿色已复检标签' });
    for (const loc of ['客户处', '在途', '在制品', '供应商']) await w.check('d3', `${loc} 不适用`);
    await w.add('d3', '添加措施');
    await w.fill('d3', { 'actions.0.title': '库存全检并隔离', 'actions.0.due': '2026-11-26' }); // owners as people: see the actions test below
    await w.save('d3');
    await expect(w.tab('d3')).toHaveAttribute('data-complete', 'true');

    // D4: occurrence and escape causes, each verified with a why chain
    await w.open('d4');
    await w.fill('d4', { owner: '张工', date: '2026-11-25' });
    await w.add('d4', '添加原因');
    await w.fill('d4', { 'causes.0.description': '端盖螺栓拧紧扭矩不足', 'causes.0.verification': '复现试验 5/5' });
    await w.choose('d4', 'causes.0.status', '已验证');
    await w.form('d4').getByTestId('cause-0').getByRole('button', { name: '添加“为什么”' }).click();
    await w.fill('d4', { 'causes.0.whys.0.text': '电动扳手未按作业指导书设定' });
    await w.add('d4', '添加原因');
    await w.fill('d4', { 'causes.1.description': '出厂保压时间只有 1 分钟' });
    await w.choose('d4', 'causes.1.category', '测');
    await w.choose('d4', 'causes.1.status', '已验证');
    await w.form('d4').getByTestId('cause-1').getByRole('button', { name: '添加“为什么”' }).click();
    await w.fill('d4', { 'causes.1.whys.0.text': '保压时间短于渗油出现时间' });
    await w.save('d4');
    await expect(w.tab('d4')).toHaveAttribute('data-complete', 'true');

    // D5: an action without a verified cause is refused at the field; then one action per cause
    await w.open('d5');
    await w.fill('d5', { owner: '张工', date: '2026-11-25' });
    await w.add('d5', '添加措施');
    await w.fill('d5', { 'actions.0.title': '扭矩设定为 25 N·m 并加锁' });
    await w.save('d5');
    await expect(w.error('d5', 'actions.0.causeId')).toHaveText('D5 措施必须针对一个已验证的 D4 原因');
    await expect(w.tab('d5')).toHaveAttribute('data-complete', 'false');
    await w.choose('d5', 'actions.0.causeId', '发生原因：端盖螺栓拧紧扭矩不足');
    await w.add('d5', '添加措施');
    await w.fill('d5', { 'actions.1.title': '出厂保压时间改为 5 分钟' });
    await w.choose('d5', 'actions.1.causeId', '流出原因：出厂保压时间只有 1 分钟');
    await w.save('d5');
    await expect(w.tab('d5')).toHaveAttribute('data-complete', 'true');

    // D6–D8
    await w.open('d6');
    await w.fill('d6', { owner: '李工', date: '2026-11-27', containmentRemovedOn: '2026-12-05' });
    await w.add('d6', '添加措施');
    await w.fill('d6', { 'actions.0.title': '扭矩设定实施', 'actions.0.doneOn': '2026-11-27', 'actions.0.cutIn': '批次 20261127', 'actions.0.result': '3 批零泄漏' });
    await w.check('d6', '已解除临时遏制措施');
    await w.save('d6');
    await expect(w.tab('d6')).toHaveAttribute('data-complete', 'true');
    await w.open('d7');
    await w.fill('d7', { owner: '李工', date: '2026-11-28', lateral: 'HP-150、HP-300 同步改进' });
    await w.check('d7', 'PFMEA 已更新');
    await w.save('d7');
    await w.open('d8');
    await w.fill('d8', { owner: '张工', date: '2026-12-08', closureCriteria: '连续 3 批零泄漏', recognition: '感谢生产部', closedOn: '2026-12-08' });
    await w.save('d8');
    for (const n of ['d7', 'd8']) await expect(w.tab(n)).toHaveAttribute('data-complete', 'true');

    // Sign as the logged-in person: the dialog shows who, in which role, what it means and when; a wrong password signs nothing.
    await page.getByRole('tab', { name: '签字' }).click();
    await w.signature('prepared').getByRole('button', { name: /签\s*字/ }).click();
    await expect(w.modal.getByTestId('sign-manifest')).toContainText('张经理');
    await expect(w.modal.getByTestId('sign-manifest')).toContainText('质量经理');
    await expect(w.modal.getByTestId('sign-manifest')).toContainText('2026-11-25 10:00');
    await w.modal.locator('#sign-password').fill('wrong-password');
    await w.modal.getByRole('button', { name: /签\s*名/ }).dispatchEvent('click'); // toasts pile up over the dialog under the fixed clock
    await expect(w.modal).toContainText('密码错误');
    await w.modal.locator('#sign-password').fill(TEST_PASSWORD);
    await w.modal.getByRole('button', { name: /签\s*名/ }).dispatchEvent('click');
    await expect(w.signature('prepared')).toContainText('签名有效');
    await expect(w.signature('prepared')).toContainText('2026-11-25 10:00');
    await page.screenshot({ path: testInfo.outputPath('eightd-signatures.png'), fullPage: true });

    // Unsaved form state never reaches the export
    await w.open('d8');
    await w.fill('d8', { recognition: '未保存的草稿文字' });
    const download = page.waitForEvent('download');
    await w.button('导出 Word').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('8D-QA1-2026-0001-华东精密机械有限公司-20261125.docx');
    const zip = unzipSync(readFileSync((await file.path())!));
    const body = docText(strFromU8(zip['word/document.xml']!));
    for (const s of [
      '通知客户停用该批次，库存冻结', '赵经理', '倡导者', 'HP-200 批次 B20261101 有 6% 渗油', '全检保压', '不适用', '库存全检并隔离',
      '端盖螺栓拧紧扭矩不足', '电动扳手未按作业指导书设定', '流出原因', '出厂保压时间改为 5 分钟', '批次 20261127', 'HP-150、HP-300 同步改进',
      '连续 3 批零泄漏', '感谢生产部', '张经理', '质量经理', '2026年11月25日 10:00', '第 1 版',
    ]) expect(body, s).toContain(s);
    expect(body).not.toContain('未保存的草稿文字');
    expect(body).not.toMatch(/\+08:00|Asia\/Shanghai|[0-9a-f]{64}/); // nothing internal leaves the plant
    expect(Object.keys(zip).filter((k) => k.startsWith('word/media/'))).toHaveLength(1);
    const header = Object.keys(zip).filter((k) => k.startsWith('word/header')).map((k) => docText(strFromU8(zip[k]!))).join('');
    expect(header).toContain('QA1-2026-0001');
    expect(header).toContain('（公司名称未设置）'); // Settings › Company is not filled in this test
    await testInfo.attach('8d.docx', { body: readFileSync((await file.path())!), contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });

    // Editing after signing makes the signature stale
    await w.save('d8');
    await page.getByRole('tab', { name: '签字' }).click();
    await expect(w.signature('prepared')).toContainText('内容已变更，签名失效');
    await page.screenshot({ path: testInfo.outputPath('eightd-stale.png'), fullPage: true });

    // Print shows the saved report laid out for paper
    await w.button('打印').click();
    await expect(page.getByTestId('eightd-print')).toContainText('端盖螺栓拧紧扭矩不足');
    await expect(page.getByTestId('eightd-print')).toContainText('未保存的草稿文字'); // saved just above, so now it is content
    await expect(page.getByTestId('eightd-print')).not.toContainText('签字失效'); // paper leaves the plant: a stale signature is simply not printed
    await expect(page.getByTestId('print-version')).toContainText('第 2 版');
    await expect(page.getByTestId('print-company')).toHaveText('（公司名称未设置）');
  });

  test('exports the complaint record form as Word from the complaint page, and prints it', async ({ page, complaintForm }, testInfo) => {
    await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+08:00'));
    await reloadAndLogIn(page); // the app (and its header's clock) starts again under the fixed time
    await complaintForm.openNew();
    await complaintForm.fill({ customer: '苏州恒达电子', product: '控制板', symptom: '上电后无输出' });
    await complaintForm.save.click();
    await expect(page.getByTestId('complaint-number')).toContainText('QA1-2026-0001', { timeout: 90_000 }); // first load of the detail page's chunk
    const download = page.waitForEvent('download');
    await page.getByTestId('eightd-summary').getByRole('button', { name: '导出投诉记录表' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('投诉记录表-QA1-2026-0001-苏州恒达电子-20261125.docx');
    const body = docText(strFromU8(unzipSync(readFileSync((await file.path())!))['word/document.xml']!));
    for (const s of ['产品质量投诉记录表', '苏州恒达电子', '控制板', '上电后无输出', '换货']) expect(body).toContain(s);

    // The same form laid out for paper, for Print and Save as PDF
    await page.getByTestId('eightd-summary').getByRole('button', { name: '打印投诉记录表' }).click();
    const paper = page.getByTestId('record-form-print');
    for (const s of ['产品质量投诉记录表', '客户信息', '苏州恒达电子', '控制板', '上电后无输出', '初步原因判定', '处理意见', '结案日期']) await expect(paper).toContainText(s);
    await expect(page.getByTestId('print-number')).toHaveText('QA1-2026-0001');
    await expect(page.getByTestId('paper-signatures')).toContainText('批准');
    await expect(page.getByTestId('paper-signatures')).toContainText('2026年11月25日'); // the receiver's cell is filled
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: testInfo.outputPath('record-form-print.png'), fullPage: true });
  });

});

// The fixed clock is set before the app first starts: the header's overdue count runs on it too.
test.describe('8D actions in my work and the overdue count', () => {
  test.use({ loginAs: null });

  test("an action owned by a person, past due, is in that person's work, the overdue view and the header count", async ({ page, complaintForm, tracking }, testInfo) => {
    // Wednesday 25 Nov 2026, 10:00 in Shanghai.
    await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+08:00'));
    await seededLogin(page);
    const people = new ReturnsPages(page); // logs in as the seeded people
    await complaintForm.openNew();
    await complaintForm.fill({ customer: '常州远大机电', product: '液压泵', symptom: '泵体漏油' });
    await complaintForm.save.click();
    // The first visit loads the detail page's chunk: slow when the shared machine is busy.
    await expect(page.getByTestId('complaint-number')).toContainText('QA1-2026-0001', { timeout: 90_000 });
    const badge = page.getByTestId('overdue-badge');
    await expect(badge).toHaveAttribute('data-count', '0');

    const w = new EightDWorkspace(page);
    await w.summary.getByRole('button', { name: '开始 8D' }).click();
    // The summary's button opens the 8D page; the page's own button starts it (not the summary's, still on screen for a moment).
    await expect(page).toHaveURL(/#\/complaints\/[^/]+\/8d$/);
    await page.getByRole('main').getByRole('button', { name: '开始 8D' }).click();
    await w.open('d3');
    await w.add('d3', '添加措施');
    await w.fill('d3', { 'actions.0.title': '库存全检并隔离' });
    await w.chooseOwner('d3', 0, '李工');
    // +3 working days from Wednesday skips the weekend: Monday 30 Nov.
    await w.dueInWorkdays('d3', 0, 3);
    await expect(w.field('d3', 'actions.0.due')).toHaveValue('2026-11-30');
    await expect(w.dueWarning('d3', 0)).toHaveCount(0);
    // A Saturday is flagged, not silently moved; one click moves it to the next working day.
    await w.fill('d3', { 'actions.0.due': '2026-11-28' });
    await expect(w.dueWarning('d3', 0)).toContainText('2026-11-28 不是工作日（周末）');
    await w.form('d3').getByTestId('action-0').screenshot({ path: testInfo.outputPath('action-due-warning.png') });
    await w.dueWarning('d3', 0).getByRole('button', { name: '改为 2026-11-30' }).click();
    await expect(w.field('d3', 'actions.0.due')).toHaveValue('2026-11-30');
    // What the test is about: a due date already past (Friday 20 Nov).
    await w.fill('d3', { 'actions.0.due': '2026-11-20' });
    await w.form('d3').getByTestId('action-0').screenshot({ path: testInfo.outputPath('action-editor.png') });
    await w.save('d3');
    await expect(page.getByText(/D3 .*已保存/).first()).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('eightd-action-owner.png'), fullPage: true });

    // The header counts it (the complaint itself has no deadline yet) and says what it counts.
    await expect(badge).toHaveAttribute('data-count', '1');
    await expect(badge).toHaveAttribute('data-actions', '1');
    await expect(badge).toHaveAttribute('title', /8D 措施 1 项/);

    // 李工's work lists it; 赵组长's does not.
    await people.actAs('qa');
    await tracking.openView('mine');
    await expect(tracking.openActions).toContainText('我的 8D 措施（1）');
    const row = tracking.openAction('QA1-2026-0001');
    await expect(row).toContainText('库存全检并隔离');
    await expect(row).toContainText('D3 临时遏制');
    await expect(row.locator('[data-state]')).toHaveAttribute('data-state', 'overdue');
    await expect(row.locator('[data-state]')).toHaveText('2026-11-20');
    await page.screenshot({ path: testInfo.outputPath('my-work-actions.png') });
    await people.actAs('leader');
    await expect(tracking.openActions).toContainText('没有未完成的 8D 措施');

    // The overdue view, from the header badge, lists it too; "open 8D" lands on its discipline.
    await badge.click();
    await expect(page.getByTestId('tracking-view').locator('.ant-segmented-item-selected')).toHaveText('已逾期');
    await expect(tracking.openActions).toContainText('逾期 8D 措施（1）');
    await expect(tracking.openAction('QA1-2026-0001')).toContainText('李工');
    await page.screenshot({ path: testInfo.outputPath('overdue-actions.png') });
    await tracking.openAction('QA1-2026-0001').getByRole('button', { name: '打开 8D' }).click();
    await expect(w.field('d3', 'actions.0.title')).toBeVisible();
    await expect(w.field('d3', 'actions.0.title')).toHaveValue('库存全检并隔离');

    // Done: no longer open, no longer counted.
    await w.choose('d3', 'actions.0.status', '已完成');
    await w.save('d3');
    await expect(badge).toHaveAttribute('data-count', '0');
  });
});
