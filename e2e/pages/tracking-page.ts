import type { Locator, Page } from '@playwright/test';

/** The tracking table (客户抱怨处理跟踪表): locators and actions, no assertions. */
export class TrackingPage {
  readonly heading: Locator;
  readonly rowCount: Locator;
  readonly rows: Locator;
  readonly search: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 4 });
    this.rowCount = page.getByTestId('row-count');
    this.rows = page.locator('.vt-row[data-number]');
    this.search = page.getByRole('searchbox').or(page.locator('input[type="search"]')).first();
  }

  async open(): Promise<void> {
    await this.page.goto('/index.html#/');
  }

  row(number: string): Locator {
    return this.page.locator(`.vt-row[data-number="${number}"]`);
  }

  /** The linked-returns cell of a complaint's row: "RT-… · 状态" links. */
  returnsOf(number: string): Locator {
    return this.row(number).getByTestId('tracking-returns');
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
    await this.search.press('Enter');
  }

  async sortBy(columnTitle: string): Promise<void> {
    await this.page.getByRole('columnheader', { name: columnTitle }).click();
  }

  /** The open 8D actions listed above the grid in the "my work" and overdue views. */
  get openActions(): Locator {
    return this.page.getByTestId('open-actions');
  }

  openAction(number: string): Locator {
    return this.page.locator(`[data-testid="open-action"][data-number="${number}"]`);
  }

  async openView(view: 'all' | 'mine' | 'overdue'): Promise<void> {
    await this.page.goto(view === 'all' ? '/index.html#/' : `/index.html#/?view=${view}`);
  }

  async openComplaint(number: string): Promise<void> {
    await this.row(number).click();
  }
}
