/** Translations of the workflow feature, merged into the app's resources under the "workflow" key. */
export const messages = {
  zhCN: { workflow: {} },
  en: { workflow: {} },
};
