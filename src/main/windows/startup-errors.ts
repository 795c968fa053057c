import { AppError, type ErrorCode } from '../../shared/errors';

export type StartupMessage = { title: string; content: string };

type DatabaseCode = Extract<ErrorCode, 'DB_TOO_NEW' | 'DB_NOT_SQLITE' | 'DB_UNAVAILABLE'>;

const unchanged = 'Le fichier n’a pas été modifié. / The file was not changed.';

// Shown before any window (and before i18n) exists, so both languages at once:
// French first, English second, like the rest of the app.
const messages: Record<DatabaseCode, { title: string; fr: string; en: string }> = {
  DB_TOO_NEW: {
    title: 'Cercle — données d’une version plus récente / data from a newer version',
    fr: 'Ces données ont été enregistrées par une version plus récente de Cercle. Mettez Cercle à jour pour les ouvrir.',
    en: 'This data was saved by a newer version of Cercle. Update Cercle to open it.',
  },
  DB_NOT_SQLITE: {
    title: 'Cercle — fichier de données illisible / unreadable data file',
    fr: 'Ce fichier n’est pas une base de données Cercle. Déplacez-le ou restaurez une sauvegarde, puis relancez Cercle.',
    en: 'This file is not a Cercle database. Move it away or restore a backup, then start Cercle again.',
  },
  DB_UNAVAILABLE: {
    title: 'Cercle — données inaccessibles / data unavailable',
    fr: 'Cercle ne peut pas lire ses données (droits d’accès, disque ou fichier verrouillé).',
    en: 'Cercle cannot read its data (permissions, disk, or a locked file).',
  },
};

function isDatabaseCode(code: ErrorCode): code is DatabaseCode {
  return code in messages;
}

/**
 * What to tell the facilitator when the database cannot be opened. Known
 * database problems get their own words; anything else a plain generic text.
 */
export function describeStartupError(error: unknown, databasePath: string): StartupMessage {
  if (error instanceof AppError && isDatabaseCode(error.code)) {
    const text = messages[error.code];
    return {
      title: text.title,
      content: [text.fr, text.en, unchanged, '', databasePath, error.message].join('\n'),
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return {
    title: 'Cercle n’a pas pu démarrer / Cercle could not start',
    content: [
      'Cercle n’a pas pu ouvrir ses données.',
      'Cercle could not open its data.',
      '',
      databasePath,
      detail,
    ].join('\n'),
  };
}
