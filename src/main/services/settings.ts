import {
  crisisResourcesSchema,
  defaultSettings,
  languageSchema,
  type Settings,
} from '../../shared/settings';
import type { Db } from '../db/connection';
import { readSettings, writeSetting } from '../db/repos/settings';

function parseJson(text: string | undefined): unknown {
  try {
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Preferences stored as key/value rows; an unreadable value falls back to its default. */
export function createSettingsService(db: Db) {
  function get(): Settings {
    const stored = readSettings(db);
    const language = languageSchema.safeParse(stored.get('language'));
    const crisis = crisisResourcesSchema.safeParse(parseJson(stored.get('crisisResources')));
    return {
      language: language.success ? language.data : defaultSettings.language,
      crisisResources: crisis.success ? crisis.data : defaultSettings.crisisResources,
    };
  }

  return {
    get,
    set(change: Partial<Settings>): Settings {
      db.transaction(() => {
        if (change.language) writeSetting(db, 'language', change.language);
        if (change.crisisResources) {
          writeSetting(db, 'crisisResources', JSON.stringify(change.crisisResources));
        }
      })();
      return get();
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
