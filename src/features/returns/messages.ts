/** Translations of the returns feature, merged into the app's resources under the "returns" key. */
export const messages = {
  zhCN: { returns: {} },
  en: { returns: {} },
};
