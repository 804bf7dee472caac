/**
 * What every document export needs from the UI: the language the user reads
 * (documents are written in it), and one warning per session when the company
 * is not set yet (Settings › Company), since documents then print a placeholder.
 */
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePlantConfig } from '../db/hooks/use-db';
import type { DocLang } from '../documents/doc-format';

let warned = false;

export function useDocLang(): DocLang {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

/** Call before an export: warns once per session while the company name is not set. */
export function useCompanyWarning(): () => void {
  const name = usePlantConfig()?.company.name;
  const { message } = App.useApp();
  const { t } = useTranslation();
  return () => {
    if (name === undefined || name.trim() !== '' || warned) return;
    warned = true;
    void message.warning(t('company.notSet'));
  };
}
