import type { Locator, Page } from '@playwright/test';

export interface MinimalComplaint {
  customer: string;
  phone?: string;
  product: string;
  batch?: string;
  orderQty?: number;
  shippedQty?: number;
  symptom: string;
  demand?: string;
}

/** The complaint record form: fields addressed by their zh-CN labels. */
export class ComplaintFormPage {
  readonly save: Locator;

  constructor(readonly page: Page) {
    this.save = page.getByRole('button', { name: /保\s*存|Save/ });
  }

  async openNew(): Promise<void> {
    await this.page.goto('/index.html#/complaints/new');
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  errorFor(path: string): Locator {
    return this.page.locator(`[data-field-error="${path}"]`);
  }

  async fill(c: MinimalComplaint): Promise<void> {
    await this.field('客户名称').fill(c.customer);
    if (c.phone !== undefined) await this.field('电话').fill(c.phone);
    await this.field('产品名称').fill(c.product);
    if (c.batch !== undefined) await this.field('批号').fill(c.batch);
    if (c.orderQty !== undefined) await this.field('订单数量').fill(String(c.orderQty));
    if (c.shippedQty !== undefined) await this.field('发货数量').fill(String(c.shippedQty));
    await this.field('问题描述').fill(c.symptom);
    await this.page.getByRole('checkbox', { name: c.demand ?? '换货' }).check();
  }

  async attach(files: { name: string; mimeType: string; buffer: Buffer }[] | string[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: '添加附件' }).click();
    await (await chooser).setFiles(files);
  }
}
