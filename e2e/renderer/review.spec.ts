import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { test, expect as baseExpect } from '../fixtures/app';
import { reloadAndLogIn } from '../fixtures/seed';
import { ReviewPage } from '../pages/review-page';

const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 120_000 });

const CATEGORIES = ['quality_manufacturing', 'quality_manufacturing', 'delivery', 'quality_manufacturing', 'service', 'delivery', 'quality_manufacturing', 'delivery', 'service', 'quality_manufacturing', 'delivery', 'quality_manufacturing', 'service', 'delivery'];

/** Stored complaint rows as the repositories write them, straight into IndexedDB: 14 in November 2026 (4 closed), 2 around it. */
function rows() {
  const row = (n: number, receivedAt: string, category: string, closed: boolean) => ({
    id: `01E2EREVIEW${String(n).padStart(15, '0')}`, number: `QA1-2026-${String(n).padStart(4, '0')}`, station: 'QA1',
    status: closed ? 'closed' : 'investigating', createdAt: receivedAt, createdBy: '张工', updatedAt: receivedAt, updatedBy: '张工',
    category, grade: 'general', department: '', ownerId: '', nextDueAt: '', deletedAt: null, searchTokens: [], _clocks: {},
    channel: 'hotline', receivedAt, receivedBy: '王客服', shippedOverOrderConfirmed: false, attachments: {},
    customer: { name: n % 2 ? '华东精密' : '南方机电', company: '', contactPerson: '', phone: '', email: '', type: 'oem', address: '' },
    product: { name: '液压泵', model: '', batchNo: `B${n}`, serialNo: '', orderNo: '', orderQty: null, shippedQty: null, shipDate: '', purchaseDate: '', purchaseChannel: '', hasProofOfPurchase: false },
    details: { occurredOn: '', location: '', environment: '', symptom: '泵体漏油', recurring: false, customerActions: '', affectedQty: null },
    demand: { kinds: ['replace'], note: '' },
    events: closed ? { [`01E2EEVENT${String(n).padStart(16, '0')}`]: { from: 'replied', to: 'closed', at: '2026-11-28T02:00:00.000Z', by: { id: 'x', name: '张工' } } } : {},
  });
  const november = CATEGORIES.map((c, i) => row(i + 1, new Date(Date.UTC(2026, 10, 1 + i * 2, 1)).toISOString(), c, i % 4 === 0));
  // 31 Oct 23:30 and 1 Dec 00:30 in Shanghai: just outside the month.
  return [...november, row(15, '2026-10-31T15:30:00.000Z', 'service', false), row(16, '2026-11-30T16:30:00.000Z', 'delivery', false)];
}

async function seedComplaints(page: Page): Promise<void> {
  await page.evaluate(async (list) => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open(localStorage.getItem('complaint-desk.activeDatabase') ?? 'complaint-desk');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('complaints', 'readwrite');
        for (const r of list) tx.objectStore('complaints').put(r);
        tx.oncomplete = () => { open.result.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    });
  }, rows());
  await reloadAndLogIn(page);
}

test('the review of a month counts what the tracking table shows, a Pareto bar filters the table, the report carries the charts, the table downloads as Excel', async ({ page, tracking }) => {
  await seedComplaints(page);
  const review = new ReviewPage(page);
  await review.openMonth(2026, 11);
  await expect(review.count('received')).toHaveText('14');
  await expect(review.count('closed')).toHaveText('4');
  await expect(review.count('open')).toHaveText('10');

  // The monthly report (Word) carries the page's Pareto and trend charts as images: an SVG and its PNG each.
  const [report] = await Promise.all([page.waitForEvent('download'), page.getByTestId('review-report').click()]);
  const media = Object.keys(unzipSync(readFileSync(await report.path()))).filter((k) => /^word\/media\/.*\.(svg|png)$/.test(k));
  expect(media.length).toBeGreaterThanOrEqual(6);

  // The received figure opens the tracking table on the month: the same count.
  await review.countCard('received').click();
  await expect(tracking.rowCount).toHaveText('共 14 条');
  await expect(page.getByTestId('tracking-linked-filter')).toBeVisible();
  await page.goBack();
  await review.countCard('closed').click();
  await expect(tracking.rowCount).toHaveText('共 4 条');
  await page.goBack();

  // The tallest bar of the category Pareto: 质量-制造 with 6 complaints.
  await expect(review.paretoRows().first()).toContainText('6');
  await review.paretoChart.scrollIntoViewIfNeeded();
  // A chart describes itself to a screen reader in the app's language: Chinese here, English after the switch.
  const described = review.paretoChart;
  await expect(described).toHaveAttribute('aria-label', /^这是一个/);
  await page.getByTestId('language-switch').click();
  await page.getByText('English', { exact: true }).click();
  await expect(described).toHaveAttribute('aria-label', /^This is a chart/);
  await page.getByTestId('language-switch').click();
  await page.getByText('简体中文', { exact: true }).click();
  await expect(described).toHaveAttribute('aria-label', /^这是一个/);
  // The SVG renderer draws each bar as a path in the bar colour; the tallest is 质量-制造.
  const bars = review.paretoChart.locator('path[fill="#3a5f8f"]');
  await expect(bars.nth(2)).toBeAttached();
  const boxes = await Promise.all((await bars.all()).map(async (b) => ({ b, box: await b.boundingBox() })));
  const tallest = boxes.filter((x) => x.box).sort((x, y) => (y.box?.height ?? 0) - (x.box?.height ?? 0))[0];
  if (!tallest?.box) throw new Error('no bar drawn');
  await page.mouse.click(tallest.box.x + tallest.box.width / 2, tallest.box.y + tallest.box.height - 10);
  await expect(tracking.rowCount).toHaveText('共 6 条');
  await expect(tracking.rows.first()).toBeVisible();

  // The filtered table downloads as .xlsx: headers in Chinese, one row per complaint, real dates.
  await page.getByTestId('tracking-export').hover();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByText('导出 Excel').click()]);
  const path = await download.path();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path).buffer as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  expect(ws.getRow(1).getCell(1).value).toBe('序号');
  expect(ws.getRow(1).values).toContain('接收时间');
  expect(ws.rowCount).toBe(7);
  const dateColumn = (ws.getRow(1).values as unknown[]).indexOf('接收时间');
  expect(ws.getRow(2).getCell(dateColumn).value).toBeInstanceOf(Date);
});

/** A sheet as plants keep it: a merged title row, a blank row, a text date, a duplicate, an unreadable date. */
async function messySheet(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('跟踪表');
  ws.addRow(['2026 年客户抱怨处理跟踪表']);
  ws.mergeCells('A1:F1');
  ws.addRow(['投诉日期', '客户名称', '产品名称', '批号', '问题描述', '处理结果']);
  ws.addRow([new Date(Date.UTC(2026, 8, 3)), '华东精密', '液压泵', 'B1', '漏油', '换货']);
  ws.addRow([]);
  ws.addRow(['2026年9月5日', '南方机电', '阀门', 'B2', '划伤', '']);
  ws.addRow(['2026/9/3', '华东精密', '液压泵', 'B1', '漏油', '']);
  ws.addRow(['九月八日', '北方重工', '泵', 'B4', '异响', '']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('an old tracking sheet imports with a per-row report, and a second import adds nothing', async ({ page }) => {
  const file = { name: '跟踪表.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await messySheet() };
  const importOnce = async () => {
    await page.goto('/index.html#/tracking/import');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '选择 Excel 文件…' }).click()]);
    await chooser.setFiles(file);
    await expect(page.getByTestId('import-preview')).toContainText('与第 3 行重复');
    await expect(page.getByTestId('import-preview')).toContainText('日期无法识别');
    await page.getByTestId('import-run').click();
    return page.getByTestId('import-report');
  };
  await expect(await importOnce()).toContainText('新增 2 条，重复跳过 0 条，有错误未导入 2 行');
  await expect(await importOnce()).toContainText('新增 0 条，重复跳过 2 条');
  await page.goto('/index.html#/');
  await expect(page.getByTestId('row-count')).toHaveText('共 2 条');
});

/** A sheet over the size at which the page asks before reading on (20,000 rows), every row valid and distinct. */
async function bigSheet(rows: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('跟踪表');
  ws.addRow(['客户投诉编号', '投诉日期', '客户名称', '产品名称', '批号', '问题描述']);
  for (let i = 0; i < rows; i++) ws.addRow([`OLD-${i + 1}`, new Date(Date.UTC(2025, 0, 1 + (i % 600))), `客户${i % 300}`, `产品${i % 120}`, `B${i % 97}`, `外观不良，第 ${i + 1} 件`]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('a sheet over 20,000 rows asks first: cancelled, nothing is read or written; continued, every row is imported in one go', async ({ page }) => {
  test.setTimeout(240_000);
  const rows = 20_050;
  const file = { name: '大跟踪表.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await bigSheet(rows) };
  const choose = async () => {
    await page.goto('/index.html#/tracking/import');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '选择 Excel 文件…' }).click()]);
    await chooser.setFiles(file);
    const ask = page.getByRole('dialog').filter({ hasText: `此表有 ${rows + 1} 行` });
    await expect(ask).toBeVisible({ timeout: 60_000 });
    return ask;
  };
  await (await choose()).getByRole('button', { name: /取\s*消/ }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('import-preview')).toHaveCount(0);
  await expect(page.getByTestId('import-run')).toHaveCount(0);

  await (await choose()).getByRole('button', { name: /继\s*续/ }).click();
  await expect(page.getByText(`预览：${rows} 行可导入，0 行有错误`)).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-report')).toContainText(`新增 ${rows} 条，重复跳过 0 条`, { timeout: 150_000 });
  await page.goto('/index.html#/');
  await expect(page.getByTestId('row-count')).toHaveText(/^共 20,?050 条$/);
});
