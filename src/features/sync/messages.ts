/** Translations of the sync feature, merged into the app's resources under the "sync" key. */
export const messages = {
  zhCN: { sync: {} },
  en: { sync: {} },
};
