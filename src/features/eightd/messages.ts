/** Translations of the eightd feature, merged into the app's resources under the "eightd" key. */
export const messages = {
  zhCN: { eightd: {} },
  en: { eightd: {} },
};
