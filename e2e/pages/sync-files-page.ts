import type { Download, Locator, Page } from '@playwright/test';

/** The Sync page's export and import cards: locators and actions, no assertions. */
export class SyncFilesPage {
  readonly destination: Locator;
  readonly pending: Locator;
  readonly passphrase: Locator;
  readonly repeat: Locator;
  readonly mismatch: Locator;
  readonly exportButton: Locator;
  readonly exportProgress: Locator;
  readonly preview: Locator;
  readonly previewConflicts: Locator;
  readonly importPassphrase: Locator;
  readonly confirm: Locator;
  readonly nothingNew: Locator;
  readonly error: Locator;
  readonly importProgress: Locator;
  readonly stop: Locator;
  /** A refused bundle's unknown station: its name, code and fingerprint, and the administrator's button. */
  readonly stationToEnrol: Locator;
  readonly enrolFingerprint: Locator;
  readonly enrolStation: Locator;

  constructor(readonly page: Page) {
    this.destination = page.getByTestId('export-destination');
    this.pending = page.getByTestId('export-pending');
    this.passphrase = page.getByTestId('export-passphrase');
    this.repeat = page.getByTestId('export-passphrase-repeat');
    this.mismatch = page.getByTestId('export-passphrase-mismatch');
    this.exportButton = page.getByTestId('export-button');
    this.exportProgress = page.getByTestId('export-progress');
    this.preview = page.getByTestId('import-preview');
    this.previewConflicts = page.getByTestId('preview-conflicts');
    this.importPassphrase = page.getByTestId('import-passphrase');
    this.confirm = page.getByTestId('import-confirm');
    this.nothingNew = page.getByTestId('import-nothing-new');
    this.error = page.getByTestId('sync-error');
    this.importProgress = page.getByTestId('import-progress');
    this.stop = page.getByTestId('import-stop');
    this.stationToEnrol = page.getByTestId('station-to-enrol');
    this.enrolFingerprint = page.getByTestId('enrol-fingerprint');
    this.enrolStation = page.getByTestId('enrol-station');
  }

  async open(): Promise<void> {
    await this.page.goto('/index.html#/sync');
  }

  /** Picks the destination by its shown label (e.g. "站点 WH1", "任意站点（通用文件）"). */
  async chooseDestination(label: string): Promise<void> {
    await this.destination.click();
    await this.page.locator('.ant-select-dropdown:visible').getByTitle(label, { exact: true }).click();
  }

  async chooseMode(label: RegExp | string): Promise<void> {
    await this.page.getByRole('radio', { name: label }).check();
  }

  async setPassphrase(passphrase: string, repeat = passphrase): Promise<void> {
    await this.passphrase.fill(passphrase);
    await this.repeat.fill(repeat);
  }

  /** Clicks "export" and returns the download it starts (confirming a plain-text export where no passphrase was set). */
  async exportFile(): Promise<Download> {
    // The confirmation renders with the button, only while no passphrase is set.
    await this.exportButton.waitFor();
    const plain = this.page.getByRole('checkbox', { name: /不加密导出|Export unencrypted/ });
    if (await plain.isVisible()) await plain.check();
    const download = this.page.waitForEvent('download');
    await this.exportButton.click();
    return download;
  }

  async chooseBundle(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByTestId('import-choose').click();
    await (await chooser).setFiles(path);
  }

  /**
   * The first bundle of a station not enrolled here is refused with its fingerprint:
   * an administrator (compared by telephone) enrols it and the preview follows. Waits for
   * the preview or that refusal, whichever comes; returns whether it enrolled.
   */
  async enrolIfAsked(timeout = 60_000): Promise<boolean> {
    await this.preview.or(this.enrolStation).or(this.error).first().waitFor({ timeout });
    if (!(await this.enrolStation.isVisible())) return false;
    await this.enrolStation.click();
    await this.preview.waitFor({ timeout });
    return true;
  }

  async decrypt(passphrase: string): Promise<void> {
    await this.importPassphrase.fill(passphrase);
    await this.page.getByRole('button', { name: /解\s*密|Decrypt/ }).click();
  }
}
