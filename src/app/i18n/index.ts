/**
 * i18n: Simplified Chinese by default, English available; the choice is kept per
 * station in localStorage. antd's and dayjs's locales follow the same choice.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from './bundles';
import { storedLanguage } from '../../ui/language';

export function initI18n(): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: resources['zh-CN'] }, en: { translation: resources.en } },
    lng: storedLanguage(),
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}

