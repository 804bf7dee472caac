/** The UI language switch (header, and the first-run dialog, which covers the header). */
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { rememberLanguage, type Language } from './language';

export function LanguageSelect({ testId }: { testId?: string }) {
  const { t, i18n } = useTranslation();
  const changeLanguage = (lang: Language) => {
    rememberLanguage(lang);
    void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
  };
  return (
    <Select
      aria-label={t('app.language')}
      data-testid={testId}
      size="small"
      style={{ width: 100 }}
      value={i18n.language === 'en' ? 'en' : 'zh-CN'}
      onChange={changeLanguage}
      options={[
        { value: 'zh-CN', label: '简体中文' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}
