import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { AppError } from '../../shared/errors';
import { latestVersion, migrate, migrations, type Migration } from './migrations';

export type Db = Database.Database;

/**
 * Reads the schema version without writing a byte: a database from a newer
 * Cercle must stay exactly as it is, and a file that is not SQLite must never
 * be overwritten, so this happens before any pragma that could touch the file.
 */
function readUserVersion(path: string): number {
  let probe: Db | undefined;
  try {
    probe = new Database(path, { readonly: true, fileMustExist: true });
    return probe.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new AppError('DB_NOT_SQLITE', `${path} is not a Cercle database (not a SQLite file).`);
    }
    throw new AppError('DB_UNAVAILABLE', `Cannot read ${path}: ${(error as Error).message}`);
  } finally {
    probe?.close();
  }
}

/**
 * Opens (creating if needed) the local database and brings its schema up to
 * date. WAL with synchronous=FULL: an acknowledged write survives a crash.
 */
export function openDatabase(path: string, list: readonly Migration[] = migrations): Db {
  const latest = latestVersion(list);
  if (path !== ':memory:' && existsSync(path) && statSync(path).size > 0) {
    const found = readUserVersion(path);
    if (found > latest) {
      throw new AppError(
        'DB_TOO_NEW',
        `${path} was written by a newer version of Cercle (schema ${found}, this version knows ${latest}). ` +
          'Update Cercle to open it; the file was not changed.',
      );
    }
  }
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, list);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
