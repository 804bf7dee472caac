import type { Locator, Page } from '@playwright/test';

/** The products and customers lists (产品档案, 客户档案): import an .xlsx, search, open a customer's file. */
export class MasterListPage {
  readonly report: Locator;
  readonly table: Locator;

  constructor(readonly page: Page, readonly path: '/products' | '/customers') {
    this.report = page.getByTestId('import-report');
    this.table = page.getByTestId(path === '/products' ? 'products-table' : 'customers-table');
  }

  async open(): Promise<void> {
    await this.page.goto(`/index.html#${this.path}`);
  }

  async importFile(name: string, buffer: Buffer): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: /导入 Excel/ }).click();
    await (await chooser).setFiles([{ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer }]);
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: /搜索代码/ }).fill(text);
  }

  rows(): Locator {
    return this.table.locator('tbody tr.ant-table-row');
  }
}

/** Picks a type-ahead option of the master picker (antd's visible dropdown, not its hidden a11y list). */
export async function pickOption(page: Page, text: string): Promise<void> {
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: text }).first().click();
}
