import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect as baseExpect } from '../fixtures/app';
import { reloadAndLogIn } from '../fixtures/seed';
import { ReturnsPages } from '../pages/returns-pages';

// Saving runs WebCrypto and a stamped transaction; on a busy shared machine that can take seconds.
const expect = baseExpect.configure({ timeout: 30_000 });

// A 1×1 PNG: a real image, so the thumbnail renders.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const line = (qtyRequested: number, unitPrice: string) => ({ productNo: 'CD-100', reason: '外壳开裂', qtyShipped: 100, qtyRequested, unitPrice });

test.beforeEach(async ({ page }) => {
  // Long walks through many forms on shared, slow build machines: time is not what these tests measure.
  test.setTimeout(240_000);
  await page.clock.setFixedTime(new Date('2026-03-02T09:30:00+08:00'));
});

test('a 2500 CNY return walks request → two approvals → receipt → QA → disposition → signed slip PDF', async ({ page }) => {
  const r = new ReturnsPages(page);

  await r.createReturn('华东电器有限公司', 'SO-2026-0101', [line(10, '250')]);
  await expect(page.getByTestId('request-total')).toHaveText('¥2,500.00');
  await expect(page.getByTestId('request-capitals')).toHaveText('人民币贰仟伍佰元整');
  await r.save();
  await expect(r.number).toHaveText('RT-QA1-2026-0001');
  await expect(r.status).toHaveText('待审批');
  await r.acceptClaim();

  await r.actAs('mm');
  await r.sign('市场部经理', '同意退货');
  await expect(page.getByTestId('required-marketingManager')).toContainText('已签');
  await expect(r.status).toHaveText('待审批');
  await r.actAs('gm');
  await r.sign('总经理');
  await expect(r.status).toHaveText('已批准');

  // The warehouse scans the slip number; the scanner types it and presses Enter.
  await r.actAs('wh');
  await r.scan('RT-QA1-2026-0001');
  await expect(r.number).toHaveText('RT-QA1-2026-0001');
  await r.receive([8], 'A-01-03');
  await expect(r.status).toHaveText('已收货');
  await expect(page.getByTestId('difference-0')).toHaveText('-2');

  await r.actAs('qam');
  await r.judge(1, 2, 6, '生产');
  await expect(r.status).toHaveText('已判定');
  await r.dispose(1, [{ kind: '报废', qty: 6 }, { kind: '退回客户', qty: 2 }]);
  await expect(r.status).toHaveText('已结案');

  await page.getByRole('button', { name: '退货单打印' }).click();
  // Requested and settled side by side: 8 of the 10 pieces came back, the slip bills 8.
  await expect(page.getByTestId('slip-requested')).toHaveText('¥2,500.00');
  await expect(page.getByTestId('slip-settled')).toHaveText('¥2,000.00');
  await expect(page.getByTestId('slip-capitals')).toHaveText('人民币贰仟元整');
  await expect(page.getByTestId('slip-qr')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Word' }).click();
  expect((await download).suggestedFilename()).toBe('退货单-RT-QA1-2026-0001.docx');

  const dir = mkdtempSync(join(tmpdir(), 'slip-'));
  const pdfPath = join(dir, 'slip.pdf');
  writeFileSync(pdfPath, await page.pdf({ format: 'A4', printBackground: true }));
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain('贰仟元整');
  expect(text).toContain('申请金额');
  expect(text).toContain('孙经理');
  expect(text).toContain('周总');
  expect(text).toContain('RT-QA1-2026-0001');
  expect(text).not.toContain('当前人员');
  expect(text).not.toContain('已保存');
});

test('a 1000 CNY return needs no approval; a 1500 CNY one needs only the marketing manager', async ({ page }) => {
  const r = new ReturnsPages(page);
  await r.createReturn('华东电器有限公司', 'SO-1000', [line(4, '250')]);
  await r.save();
  await expect(page.getByTestId('no-approval-needed')).toBeVisible();
  await r.acceptClaim();
  await expect(r.status).toHaveText('已批准');

  await r.createReturn('华东电器有限公司', 'SO-1500', [line(6, '250')]);
  await r.save();
  await expect(page.getByTestId('required-marketingManager')).toBeVisible();
  await expect(page.getByTestId('required-generalManager')).toHaveCount(0);
});

test('a refused claim prints a refusal letter: the reason in words, the seal place, no signature lines; and saves as Word', async ({ page }, testInfo) => {
  const r = new ReturnsPages(page);
  await r.createReturn('华东电器有限公司', 'SO-0800', [line(2, '250')]);
  await r.save();
  const claim = page.getByTestId('claim-panel');
  await claim.getByRole('radio', { name: '拒赔' }).check();
  await r.choose(claim.getByLabel('拒赔原因'), '符合合同要求');
  await claim.getByLabel('说明').fill('来料检验报告显示尺寸在公差内');
  await r.acceptClaim(); // the same button and signature, now for the refusal
  await page.getByRole('button', { name: '拒赔函（打印/PDF）' }).click();
  const letter = page.getByTestId('refusal-letter');
  await expect(letter).toContainText('关于退货/索赔申请的答复函');
  await expect(letter).toContainText('华东电器有限公司');
  await expect(letter).toContainText('订单 SO-0800');
  await expect(letter).toContainText('该产品符合双方合同及技术协议的要求');
  await expect(letter).toContainText('来料检验报告显示尺寸在公差内');
  await expect(letter).toContainText('（盖章处）');
  await expect(letter).toContainText('2026年3月2日');
  await expect(letter).not.toContainText('签字');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Word' })).toBeHidden(); // nothing interactive on the paper
  await page.screenshot({ path: testInfo.outputPath('refusal-letter-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Word' }).click();
  expect((await download).suggestedFilename()).toBe('拒赔函-RT-QA1-2026-0001.docx');
});

test('approval is offered only to the role that signs, in the procedure\'s order, and a wrong password signs nothing', async ({ page }) => {
  const r = new ReturnsPages(page);
  await r.createReturn('华东电器有限公司', 'SO-2500', [line(10, '250')]);
  await r.save();
  await expect(r.number).toHaveText('RT-QA1-2026-0001');
  // A clerk sees the return but no way to approve it.
  await r.actAs('cs');
  await expect(page.getByTestId('required-generalManager')).toContainText('待签');
  await expect(page.getByRole('button', { name: /身份签字/ })).toHaveCount(0);
  // The general manager cannot go first: the claim is not even accepted yet.
  await r.actAs('qam');
  await r.acceptClaim();
  await r.actAs('gm');
  await expect(page.getByRole('button', { name: '以市场部经理身份签字' })).toHaveCount(0);
  await r.sign('总经理');
  await expect(r.approvalError).toContainText('须先由市场部经理批准');
  await page.getByRole('button', { name: '取 消' }).click();
  // The marketing manager signs, first with a wrong password.
  await r.actAs('mm');
  await r.sign('市场部经理', '', 'not-my-password');
  await expect(page.getByTestId('sign-error')).toContainText('密码错误');
  await page.getByRole('button', { name: '取 消' }).click();
  await expect(page.getByTestId('approval-panel').locator('tbody tr')).toHaveCount(0);
  await r.sign('市场部经理');
  await expect(page.getByTestId('required-marketingManager')).toContainText('已签');
  await expect(page.getByTestId('approval-panel').getByTestId('signature-valid')).toHaveCount(1);
  await r.actAs('gm');
  await r.sign('总经理');
  await expect(r.status).toHaveText('已批准');
  await expect(page.getByTestId('approval-panel').getByTestId('signature-valid')).toHaveCount(2);
});

test('bad input in the request form shows a message at the field and writes nothing', async ({ page }) => {
  const r = new ReturnsPages(page);
  await r.createReturn('华东电器有限公司', 'SO-BAD', [line(-3, 'abc')]);
  await r.save();
  await expect(page.locator('[data-field-error="lines.0.qtyRequested"]')).toContainText('退货数量必须大于 0');
  await expect(page.locator('[data-field-error="lines.0.unitPrice"]')).toContainText('金额不是数字');
  await page.goto('/index.html#/returns');
  await expect(page.locator('.ant-table-row')).toHaveCount(0);
});

test('the warehouse attaches photos at receipt: a non-image is refused, the thumbnails survive a reload, history names them', async ({ page }, testInfo) => {
  const r = new ReturnsPages(page);
  await r.createReturn('华东电器有限公司', 'SO-PHOTO', [line(4, '250')]);
  await r.save();
  await r.acceptClaim();
  await expect(r.status).toHaveText('已批准');

  await r.addPhotos([{ name: 'fake.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('MZ not really a picture') }]);
  await expect(page.getByTestId('photo-error')).toContainText('fake.jpg: 不是图片文件');
  await expect(r.photos().getByTestId('receipt-photo')).toHaveCount(0);

  await r.addPhotos([{ name: 'package.png', mimeType: 'image/png', buffer: PNG }]);
  await r.addPhotos([{ name: 'crack.png', mimeType: 'image/png', buffer: Buffer.concat([PNG, Buffer.from([1])]) }], 1);
  await expect(r.photos().getByRole('img', { name: 'package.png' })).toBeVisible();
  await expect(r.photos(1).getByRole('img', { name: 'crack.png' })).toBeVisible();

  await reloadAndLogIn(page);
  await expect(r.photos().getByRole('img', { name: 'package.png' })).toBeVisible();
  await expect(r.photos(1).getByRole('img', { name: 'crack.png' })).toBeVisible();
  // The image decoded from the stored blob, not just an <img> tag.
  await expect.poll(() => r.photos().getByRole('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);

  const history = page.getByTestId('history');
  await expect(history).toContainText('添加收货照片');
  await expect(history).toContainText('到货照片（包装状况）');
  await expect(history).toContainText('第 1 行 · 照片');
  await expect(history).not.toContainText('attachments.');
  await page.getByTestId('receipt-panel').screenshot({ path: testInfo.outputPath('receipt-photos.png') });
  await history.screenshot({ path: testInfo.outputPath('receipt-history.png') });
  await testInfo.attach('receipt-photos', { path: testInfo.outputPath('receipt-photos.png'), contentType: 'image/png' });
});

test('the tracking table shows a complaint\'s returns and their state; the link opens the return', async ({ page, tracking, complaintForm }, testInfo) => {
  await complaintForm.openNew();
  await complaintForm.fill({ customer: '华东精密机械有限公司', product: '液压泵', symptom: '泵体接合面漏油' });
  await complaintForm.save.click();
  await expect(page.getByTestId('complaint-number')).toContainText(/QA1-\d{4}-0001/);
  const complaintNumber = ((await page.getByTestId('complaint-number').textContent()) ?? '').match(/QA1-\d{4}-\d{4}/)?.[0] ?? '';
  const complaintId = /#\/complaints\/([^/?]+)/.exec(page.url())?.[1] ?? '';

  const r = new ReturnsPages(page);
  await r.createReturn('华东精密机械有限公司', 'SO-LINK', [line(4, '250')], complaintId);
  await r.save();
  await expect(r.number).toHaveText('RT-QA1-2026-0001');

  await tracking.open();
  const cell = tracking.returnsOf(complaintNumber);
  await expect(cell).toHaveText('RT…0001 · 待审批');
  await expect(cell).toHaveAttribute('title', 'RT-QA1-2026-0001 · 待审批');
  // In the default 1280 px window the grid is wider than the page: it scrolls sideways rather than clipping the column.
  await cell.scrollIntoViewIfNeeded();
  await expect(cell).toBeInViewport();
  await page.screenshot({ path: testInfo.outputPath('tracking-returns.png') });
  await testInfo.attach('tracking-returns', { path: testInfo.outputPath('tracking-returns.png'), contentType: 'image/png' });
  await cell.getByRole('link', { name: 'RT-QA1-2026-0001 · 待审批' }).click();
  await expect(page).toHaveURL(/#\/returns\/[0-9A-Z]+$/);
  await expect(r.number).toHaveText('RT-QA1-2026-0001');

  // The state follows the return: 1000 CNY needs no signature, so accepting the claim approves it.
  await r.acceptClaim();
  await expect(r.status).toHaveText('已批准');
  await tracking.open();
  await expect(tracking.returnsOf(complaintNumber)).toHaveText('RT…0001 · 已批准');
});
