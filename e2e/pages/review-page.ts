import type { Locator, Page } from '@playwright/test';

/** The review page (统计分析): locators and actions, no assertions. */
export class ReviewPage {
  constructor(readonly page: Page) {}

  async openMonth(year: number, month: number): Promise<void> {
    await this.page.goto(`/index.html#/review?p=month&y=${year}&m=${month}`);
  }

  count(kind: 'received' | 'closed' | 'rejected' | 'open' | 'overdue' | 'closedInPeriod' | 'reopened'): Locator {
    return this.page.getByTestId(`review-count-${kind}`).locator('.ant-statistic-content-value');
  }

  countCard(kind: 'received' | 'closed'): Locator {
    return this.page.getByTestId(`review-count-${kind}`);
  }

  /** The category Pareto's chart (SVG: its bars are elements) and the table beside it. */
  get paretoChart(): Locator {
    return this.page.getByTestId('review-pareto-category-chart');
  }

  paretoRows(): Locator {
    return this.page.getByTestId('review-pareto-category').locator('tbody tr.ant-table-row');
  }
}
