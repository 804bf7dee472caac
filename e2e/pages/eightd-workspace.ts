import type { Locator, Page } from '@playwright/test';

/** antd puts a space between two CJK characters of a button label ("签 字"); match with or without it. */
export function buttonName(text: string): RegExp {
  return new RegExp(`^${[...text].map((c) => `${c === ' ' ? '' : c}\\s*`).join('')}$`);
}

/** The 8D workspace (#/complaints/:id/8d): locators and actions, no assertions. */
export class EightDWorkspace {
  readonly title: Locator;
  readonly signatures: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByTestId('eightd-title');
    this.signatures = page.getByTestId('signatures');
    this.summary = page.getByTestId('eightd-summary');
  }

  tab(n: string): Locator {
    return this.page.getByTestId(`tab-${n}`);
  }

  form(n: string): Locator {
    return this.page.getByTestId(`discipline-${n}`);
  }

  /** A field by its form path inside discipline n ("causes.0.description"). */
  field(n: string, path: string): Locator {
    return this.page.locator(`[id="${n}-${path}"]`);
  }

  error(n: string, path: string): Locator {
    return this.page.locator(`[data-field-error="${n}-${path}"]`);
  }

  async open(n: string): Promise<void> {
    await this.tab(n).click();
  }

  async fill(n: string, values: Record<string, string>): Promise<void> {
    for (const [path, value] of Object.entries(values)) {
      const field = this.field(n, path);
      await field.fill(value);
      // A date picker takes a typed date on Enter.
      if (await field.evaluate((el) => el.closest('.ant-picker') !== null)) await field.press('Enter');
    }
  }

  async choose(n: string, path: string, option: string): Promise<void> {
    await this.field(n, path).click();
    await this.page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle(option, { exact: true }).click();
  }

  async check(n: string, label: string): Promise<void> {
    await this.form(n).getByRole('checkbox', { name: label, exact: true }).check();
  }

  async add(n: string, label: string): Promise<void> {
    await this.form(n).getByRole('button', { name: buttonName(label) }).last().click();
  }

  async save(n: string): Promise<void> {
    await this.form(n).getByRole('button', { name: `保存 ${n.toUpperCase()}` }).click();
  }

  /** Picks an action's owner from the People select by typing part of the name. */
  async chooseOwner(n: string, index: number, name: string): Promise<void> {
    const select = this.field(n, `actions.${index}.ownerId`);
    await select.click();
    await select.fill(name);
    await this.page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle(name, { exact: true }).click();
  }

  /** Sets an action's due date with the "+N working days" quick pick. */
  async dueInWorkdays(n: string, index: number, days: number): Promise<void> {
    await this.form(n).getByTestId(`action-${index}`).getByRole('combobox', { name: '按工作日' }).click();
    await this.page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle(new RegExp(`^\\+${days} 个工作日`)).click();
  }

  dueWarning(n: string, index: number): Locator {
    return this.form(n).getByTestId(`action-${index}`).getByTestId('due-warning');
  }

  signature(slot: string): Locator {
    return this.page.getByTestId(`signature-${slot}`);
  }

  get modal(): Locator {
    return this.page.locator('.ant-modal:visible');
  }

  button(label: string): Locator {
    return this.page.getByRole('button', { name: buttonName(label) });
  }
}
