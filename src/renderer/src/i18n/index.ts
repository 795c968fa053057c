import type { i18n } from 'i18next';
import type { Language } from '../../../shared/settings';
import { en } from './en';
import { fr } from './fr';
import { newI18n } from './instance';

export { uiLanguages, type UiLanguage } from './languages';

/**
 * The facilitator app's i18next instance, with both languages bundled: the
 * app works offline and its CSP allows no network loading, and Settings
 * switches language at once. (The participant page loads its own, smaller
 * tables one language at a time: participant.ts.)
 */
export function createI18n(language: Language): i18n {
  return newI18n(language, { fr: { translation: fr }, en: { translation: en } }, 'fr');
}
