import ExcelJS from 'exceljs';
import { test, expect } from '../fixtures/app';
import { MasterListPage, pickOption } from '../pages/masterdata-pages';

type Row = (string | number | null)[];

async function xlsx(rows: Row[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Sheet1');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const PRODUCT_HEAD = ['产品代码', '产品名称', '规格型号', '保质期(天)', '质保期(月)', '本公司产品', '标准单价(元)', '关键特性'];
const products = (count: number): Row[] =>
  Array.from({ length: count }, (_, i) => [`P-${String(i + 1).padStart(3, '0')}`, i === 0 ? '液压泵' : `齿轮泵 ${i + 1}`, `HP-${i + 1}`, 365, 12, '是', 120.5, '外径:9.9~10.1 mm']);

const CUSTOMER_HEAD = ['客户代码', '客户名称', '简称', '重点客户', '联系人'];
const customers = (count: number): Row[] =>
  Array.from({ length: count }, (_, i) => [`C${String(i + 1).padStart(2, '0')}`, i === 0 ? '深圳华强电子有限公司' : `客户 ${i + 1} 有限公司`, '', i === 0 ? '是' : '否', '张三/采购经理/13800138000/']);

test.describe('master data', () => {
  test('imports products and customers from Excel, reporting the bad row and importing nothing until it is fixed', async ({ page, complaintForm }) => {
    const list = new MasterListPage(page, '/products');
    await list.open();
    const bad = products(50);
    bad[6] = ['P-007', '叶片泵', '', -5, 12, '是', 'abc', ''];
    await list.importFile('products-bad.xlsx', await xlsx([PRODUCT_HEAD, ...bad]));
    await expect(list.report).toContainText('2 处错误');
    await expect(list.report.getByRole('row', { name: /8 保质期\(天\) 不能为负数/ })).toBeVisible();
    await expect(list.report.getByRole('row', { name: /8 标准单价\(元\) 格式不对/ })).toBeVisible();
    await expect(list.rows()).toHaveCount(0);

    await list.importFile('products.xlsx', await xlsx([PRODUCT_HEAD, ...products(50)]));
    await expect(page.getByText('新建 50 条')).toBeVisible();
    await expect(list.report).toHaveCount(0);
    await list.search('yyb');
    await expect(list.rows()).toHaveCount(1);
    await expect(list.rows().first()).toContainText('液压泵');

    const customerList = new MasterListPage(page, '/customers');
    await customerList.open();
    await customerList.importFile('customers.xlsx', await xlsx([CUSTOMER_HEAD, ...customers(20)]));
    await expect(page.getByText('新建 20 条')).toBeVisible();
    await customerList.search('szhq');
    await expect(customerList.rows()).toHaveCount(1);

    // Record a complaint by picking both from the master with type-ahead.
    await complaintForm.openNew();
    await complaintForm.field('客户名称').fill('szhq');
    await pickOption(page, '深圳华强电子有限公司');
    await expect(complaintForm.field('客户名称')).toHaveValue('深圳华强电子有限公司');
    await expect(page.getByTestId('customer.name-linked')).toBeVisible();
    await expect(complaintForm.field('联系人')).toHaveValue('张三');
    await complaintForm.field('产品名称').fill('P-001');
    await pickOption(page, 'P-001');
    await expect(complaintForm.field('型号/规格')).toHaveValue('HP-1');
    await complaintForm.field('问题描述').fill('泵体接合面漏油');
    await page.getByRole('checkbox', { name: '换货' }).check();
    await complaintForm.save.click();
    await expect(page.getByTestId('complaint-number')).toContainText(/QA1-\d{4}-0001/);
    const number = ((await page.getByTestId('complaint-number').textContent()) ?? '').match(/QA1-\d{4}-\d{4}/)?.[0] ?? '';

    // A contact with the customer, logged on the case.
    await page.getByTestId('contact-log').getByRole('button', { name: '添加沟通记录' }).click();
    await page.getByTestId('contact-form').getByLabel('内容摘要').fill('电话确认已收到投诉，答复明日派人取样');
    await page.getByRole('button', { name: /保\s*存/ }).last().click();
    await expect(page.getByTestId('contact-log')).toContainText('电话确认已收到投诉');

    // The customer's page lists the complaint and the contact.
    await page.getByTestId('customer-file-link').click();
    await expect(page.getByTestId('customer-file-title')).toContainText('深圳华强电子有限公司');
    await expect(page.getByTestId('customer-complaints').getByRole('link', { name: number })).toBeVisible();
    await expect(page.getByTestId('customer-complaints')).toContainText('液压泵');
    await expect(page.getByText('电话确认已收到投诉，答复明日派人取样')).toBeVisible();
  });
});
