import type { i18n } from 'i18next';
import type { ParticipantMessages } from './fr-participant';
import { newI18n } from './instance';
import type { UiLanguage } from './languages';

/*
 * The participant page's words come one language at a time, each in its own
 * chunk from the page's own server (script-src 'self'): the chosen language
 * before the first screen, the other only when the person switches.
 */
const tables: Record<UiLanguage, () => Promise<ParticipantMessages>> = {
  fr: () => import('./fr-participant').then((table) => table.frParticipant),
  en: () => import('./en-participant').then((table) => table.enParticipant),
};

/** The page's i18next instance, once the chosen language's table has arrived. */
export async function loadParticipantI18n(language: UiLanguage): Promise<i18n> {
  const table = await tables[language]();
  // No fallback language: both tables have every key (checked by the type),
  // and a fallback would make i18next fetch French for an English reader.
  return newI18n(language, { [language]: { translation: table } }, false);
}

/**
 * Switches the page to another language, fetching its table first. Rejects
 * (and the page stays in its current language) when the table cannot be
 * fetched, e.g. after the connection dropped.
 */
export async function switchParticipantLanguage(
  instance: i18n,
  language: UiLanguage,
): Promise<void> {
  if (!instance.hasResourceBundle(language, 'translation')) {
    instance.addResourceBundle(language, 'translation', await tables[language]());
  }
  await instance.changeLanguage(language);
}
