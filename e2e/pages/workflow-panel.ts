import type { Locator, Page } from '@playwright/test';

/** antd puts a space between two CJK characters of a button label ("结 案"); match with or without it. */
export function buttonName(text: string): RegExp {
  return new RegExp(`^${[...text].map((c) => (c === ' ' ? '\\s*' : `${c}\\s*`)).join('')}$`);
}

/** The workflow panel on a complaint page: locators and actions, no assertions. */
export class WorkflowPanelPage {
  readonly panel: Locator;
  readonly assessment: Locator;
  readonly deadlines: Locator;
  readonly transitions: Locator;
  readonly followUp: Locator;
  readonly history: Locator;
  readonly number: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('workflow-panel');
    this.assessment = page.getByTestId('assessment-card');
    this.deadlines = page.getByTestId('deadlines-card');
    this.transitions = page.getByTestId('transitions');
    this.followUp = page.getByTestId('follow-up-card');
    this.history = page.getByTestId('status-history');
    this.number = page.getByTestId('complaint-number');
  }

  /** Picks an option of the antd Select labelled `label` (inside `scope`, default the page). */
  async choose(label: string, option: string, scope: Locator | Page = this.page): Promise<void> {
    await scope.getByLabel(label, { exact: true }).click();
    await this.page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle(option, { exact: true }).click();
  }

  async assess(a: { genuineness: string; severity: string; category: string; grade?: string; urgency?: string }): Promise<void> {
    await this.choose('真实性', a.genuineness, this.assessment);
    await this.choose('严重程度', a.severity, this.assessment);
    if (a.urgency) await this.choose('紧急程度', a.urgency, this.assessment);
    await this.choose('投诉类别', a.category, this.assessment);
    if (a.grade) await this.choose('等级', a.grade, this.assessment);
  }

  async saveAssessment(): Promise<void> {
    await this.assessment.getByRole('button', { name: '保存评估' }).click();
  }

  transition(label: string): Locator {
    return this.transitions.getByRole('button', { name: buttonName(label) });
  }

  requires(status: string): Locator {
    return this.page.getByTestId(`requires-${status}`);
  }

  deadline(key: string): Locator {
    return this.deadlines.locator(`tr[data-kind="${key}"]`);
  }

  get modal(): Locator {
    return this.page.locator('.ant-modal:visible');
  }

  async confirmModal(): Promise<void> {
    await this.modal.getByRole('button', { name: buttonName('确认变更') }).click();
  }

  async recordFollowUp(satisfaction: number, comment: string): Promise<void> {
    await this.followUp.locator('.ant-rate-star').nth(satisfaction - 1).click();
    await this.followUp.getByLabel('客户意见', { exact: true }).fill(comment);
    await this.followUp.getByRole('button', { name: '记录回访' }).click();
  }

  async currentNumber(): Promise<string> {
    return ((await this.number.textContent()) ?? '').match(/QA1-\d{4}-\d{4}/)?.[0] ?? '';
  }
}
