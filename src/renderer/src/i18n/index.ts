import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/settings';
import { en } from './en';
import { fr } from './fr';

/** Bundled, never fetched: the CSP allows no network loading and the app works offline. */
const resources = { fr: { translation: fr }, en: { translation: en } };

/**
 * The languages the interface speaks, French first. Kept here rather than
 * imported from shared/settings so the participant page does not bundle zod.
 */
export const uiLanguages = ['fr', 'en'] as const satisfies readonly Language[];

/**
 * One i18next instance per page, ready synchronously. `<html lang>` follows the
 * current language so screen readers pronounce the text in the right language.
 */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'fr',
    supportedLngs: ['fr', 'en'],
    initAsync: false,
    // React escapes what it renders; escaping here too would show &laquo; etc.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return instance;
}
