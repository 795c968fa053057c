import i18next, { type i18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from './languages';

/**
 * One i18next instance for a page, ready synchronously with the tables it is
 * given. `<html lang>` follows the current language so screen readers
 * pronounce the text in the right language.
 */
export function newI18n(
  language: UiLanguage,
  resources: Resource,
  fallbackLng: 'fr' | false,
): i18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng,
    supportedLngs: ['fr', 'en'],
    initAsync: false,
    // React escapes what it renders; escaping here too would show &laquo; etc.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return instance;
}
