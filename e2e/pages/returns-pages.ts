import { switchUser, TEST_PASSWORD, type UserKey } from '../fixtures/seed';
import type { Locator, Page } from '@playwright/test';

export interface ReturnLineInput {
  productNo: string;
  reason: string;
  qtyShipped: number;
  qtyRequested: number;
  unitPrice: string;
}

/** Returns and claims: list, request form, detail panels and slip. Locators and actions, no assertions. */
export class ReturnsPages {
  readonly status: Locator;
  readonly number: Locator;
  readonly approvalError: Locator;

  constructor(readonly page: Page) {
    this.status = page.getByTestId('return-status');
    this.number = page.getByTestId('return-number');
    this.approvalError = page.getByTestId('sign-error');
  }

  /** Picks an option in the antd Select whose input is `select`. */
  async choose(select: Locator, option: string): Promise<void> {
    await select.click();
    await this.page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: option }).first().click();
  }

  async addPerson(name: string, role: string, department: string): Promise<void> {
    await this.page.goto('/index.html#/settings');
    await this.page.getByRole('button', { name: '添加人员' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.locator('#person-name').fill(name);
    await this.choose(dialog.locator('#person-dept'), department);
    await this.choose(dialog.locator('#person-role'), role);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  /** Logs in as a seeded person (the marketing manager, the warehouse clerk …), back on this page. */
  async actAs(user: UserKey): Promise<void> {
    await switchUser(this.page, user);
  }

  /** Types the password into the open signature dialog (the signature manifestation). */
  async typeSignPassword(password = TEST_PASSWORD): Promise<void> {
    await this.page.getByRole('dialog').locator('#sign-password').fill(password);
  }

  /** Opens the request form (for a complaint when complaintId is given) and fills it. */
  async createReturn(customer: string, orderNo: string, lines: readonly ReturnLineInput[], complaintId?: string): Promise<void> {
    await this.page.goto(complaintId ? `/index.html#/returns/new?complaint=${complaintId}` : '/index.html#/returns/new');
    await this.page.getByLabel('客户名称', { exact: true }).fill(customer);
    await this.page.getByLabel('订单号', { exact: true }).fill(orderNo);
    for (const [i, line] of lines.entries()) {
      if (i > 0) await this.page.getByRole('button', { name: '添加产品行' }).click();
      const n = i + 1;
      await this.page.getByLabel(`产品编号 ${n}`, { exact: true }).fill(line.productNo);
      await this.page.getByLabel(`退货原因 ${n}`, { exact: true }).fill(line.reason);
      await this.page.getByLabel(`发货数量 ${n}`, { exact: true }).fill(String(line.qtyShipped));
      await this.page.getByLabel(`退货数量 ${n}`, { exact: true }).fill(String(line.qtyRequested));
      await this.page.getByLabel(`单价(元) ${n}`, { exact: true }).fill(line.unitPrice);
    }
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: /保\s*存/ }).first().click();
  }

  /** Accepts the claim and signs the decision with the logged-in person's password. */
  async acceptClaim(): Promise<void> {
    await this.page.getByTestId('claim-panel').getByRole('button', { name: '保存决定' }).click();
    await this.typeSignPassword();
    await this.page.getByRole('dialog').getByRole('button', { name: /签\s*名/ }).click();
    await this.page.getByRole('dialog').waitFor({ state: 'hidden' });
  }

  /** Opens the sign dialog for a role, draws a stroke, and confirms. */
  async sign(roleLabel: string, comment = '', password = TEST_PASSWORD): Promise<void> {
    await this.page.getByRole('button', { name: `以${roleLabel}身份签字` }).click();
    const dialog = this.page.getByRole('dialog');
    if (comment) await dialog.getByLabel('备注').fill(comment);
    const pad = dialog.getByTestId('signature-pad');
    // hover waits until the dialog's opening animation has settled, so the box is where the pad stays.
    await pad.hover();
    const box = await pad.boundingBox();
    if (box) {
      await this.page.mouse.move(box.x + 20, box.y + 60);
      await this.page.mouse.down();
      await this.page.mouse.move(box.x + 120, box.y + 30, { steps: 5 });
      await this.page.mouse.move(box.x + 220, box.y + 90, { steps: 5 });
      await this.page.mouse.up();
    }
    await dialog.locator('#sign-password').fill(password);
    await dialog.getByRole('button', { name: '确认签字' }).click();
  }

  async scan(number: string): Promise<void> {
    await this.page.goto('/index.html#/returns');
    const input = this.page.getByLabel('扫码');
    await input.pressSequentially(number);
    await input.press('Enter');
  }

  async receive(counted: readonly number[], location: string): Promise<void> {
    const panel = this.page.getByTestId('receipt-panel');
    for (const [i, qty] of counted.entries()) {
      await panel.getByLabel(`实收数量 ${i + 1}`, { exact: true }).fill(String(qty));
      await panel.getByLabel(`库位 ${i + 1}`, { exact: true }).fill(location);
    }
    await panel.getByRole('button', { name: '保存收货' }).click();
  }

  /** Photos at receipt: of the delivery when `line` is undefined, else of that request line (1-based). */
  photos(line?: number): Locator {
    const panel = this.page.getByTestId('receipt-panel');
    return line === undefined ? panel.getByTestId('delivery-photos') : panel.getByTestId('line-photos').nth(line - 1);
  }

  async addPhotos(files: { name: string; mimeType: string; buffer: Buffer }[], line?: number): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: line === undefined ? '添加到货照片' : `添加照片 ${line}`, exact: true }).click();
    await (await chooser).setFiles(files);
  }

  async judge(line: number, conforming: number, nonconforming: number, responsibility: string): Promise<void> {
    const panel = this.page.getByTestId('judgement-panel');
    await panel.getByLabel(`合格数 ${line}`, { exact: true }).fill(String(conforming));
    await panel.getByLabel(`不合格数 ${line}`, { exact: true }).fill(String(nonconforming));
    await this.choose(panel.getByLabel(`责任 ${line}`, { exact: true }), responsibility);
    await panel.getByRole('button', { name: '保存判定' }).click();
  }

  async dispose(line: number, actions: readonly { kind: string; qty: number }[]): Promise<void> {
    const panel = this.page.getByTestId('disposition-panel');
    for (const [i, a] of actions.entries()) {
      if (i > 0) await panel.getByRole('button', { name: `第 ${line} 行添加处置` }).click();
      await this.choose(panel.getByLabel(`处置方式 ${line}.${i + 1}`, { exact: true }), a.kind);
      await panel.getByLabel(`数量 ${line}.${i + 1}`, { exact: true }).fill(String(a.qty));
    }
    await panel.getByRole('button', { name: '保存处置' }).click();
  }
}
