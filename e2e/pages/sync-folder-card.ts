import type { Locator, Page } from '@playwright/test';

/** The "sync folder" card on the Sync page: locators and actions, no assertions. */
export class SyncFolderCard {
  readonly card: Locator;
  readonly path: Locator;
  readonly subfolder: Locator;
  readonly passphrase: Locator;
  readonly passphraseRepeat: Locator;
  readonly passphraseWaiting: Locator;
  readonly chooseButton: Locator;
  readonly syncButton: Locator;
  readonly autoSync: Locator;
  readonly result: Locator;
  readonly pushed: Locator;
  readonly imported: Locator;
  readonly refused: Locator;
  readonly unchanged: Locator;
  readonly error: Locator;
  readonly desktopOnly: Locator;

  constructor(readonly page: Page) {
    this.card = page.getByTestId('sync-folder-card');
    this.path = page.getByTestId('sync-folder-path');
    this.subfolder = page.getByTestId('sync-folder-subfolder');
    this.passphrase = page.getByTestId('sync-folder-passphrase');
    this.passphraseRepeat = page.getByTestId('sync-folder-passphrase-repeat');
    this.passphraseWaiting = page.getByTestId('sync-folder-passphrase-waiting');
    this.chooseButton = page.getByTestId('sync-folder-choose');
    this.syncButton = page.getByTestId('sync-folder-sync');
    this.autoSync = page.getByTestId('sync-folder-auto');
    this.result = page.getByTestId('sync-folder-result');
    this.pushed = page.getByTestId('sync-folder-pushed');
    this.imported = page.getByTestId('sync-folder-imported');
    this.refused = page.getByTestId('sync-folder-refused');
    this.unchanged = page.getByTestId('sync-folder-unchanged');
    this.error = page.getByTestId('sync-folder-error');
    this.desktopOnly = page.getByTestId('sync-folder-desktop-only');
  }

  async open(): Promise<void> {
    await this.page.goto('/index.html#/sync');
  }

  async chooseFolder(): Promise<void> {
    await this.chooseButton.click();
  }

  async syncNow(): Promise<void> {
    await this.syncButton.click();
  }

  /** A row of the imported or refused table, by the file path it shows. */
  row(table: Locator, path: string | RegExp): Locator {
    return table.locator('tbody tr').filter({ hasText: path });
  }

  /** Types the passphrase into both fields ('' clears it). */
  async setPassphrase(passphrase: string): Promise<void> {
    await this.passphrase.fill(passphrase);
    if (passphrase !== '' || (await this.passphraseRepeat.count()) > 0) await this.passphraseRepeat.fill(passphrase);
  }
}
