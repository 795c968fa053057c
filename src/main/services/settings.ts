import { defaultSettings, languageSchema, type Settings } from '../../shared/settings';
import type { Db } from '../db/connection';
import { readSettings, writeSetting } from '../db/repos/settings';

/** Preferences stored as key/value rows; an unreadable value falls back to its default. */
export function createSettingsService(db: Db) {
  function get(): Settings {
    const stored = readSettings(db);
    const language = languageSchema.safeParse(stored.get('language'));
    return { language: language.success ? language.data : defaultSettings.language };
  }

  return {
    get,
    set(change: Partial<Settings>): Settings {
      db.transaction(() => {
        if (change.language) writeSetting(db, 'language', change.language);
      })();
      return get();
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
