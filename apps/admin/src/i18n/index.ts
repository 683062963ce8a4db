import { createInstance, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import actEn from './activities.en.json';
import actZhCN from './activities.zh-CN.json';
import en from './en.json';
import zhCN from './zh-CN.json';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const LANGUAGE_KEY = 'frontline.language';

export function storedLanguage(): Language {
  return localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'zh-CN';
}

/** The language we send as Accept-Language and show; i18next may report e.g. "en-US" variants. */
export function currentLanguage(i18n: I18n): Language {
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

export function createI18n(language: Language = storedLanguage()): I18n {
  const i18n = createInstance();
  i18n.use(initReactI18next).init({
    // Activities screens keep their strings in files of their own (one top-level key, `act`).
    resources: {
      'zh-CN': { translation: { ...zhCN, ...actZhCN } },
      en: { translation: { ...en, ...actEn } },
    },
    lng: language,
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
    // Resources are bundled, so initialise synchronously: the first render is already translated.
    initAsync: false,
  });
  i18n.on('languageChanged', (lng) => {
    localStorage.setItem(LANGUAGE_KEY, lng);
    document.documentElement.lang = lng;
  });
  document.documentElement.lang = language;
  return i18n;
}
