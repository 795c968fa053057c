import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../tests/support/temp-dir';
import { AppError } from '../../shared/errors';
import { openDatabase } from './connection';
import { latestVersion, migrations } from './migrations';

const tempDir = useTempDir();

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof AppError ? error.code : `not an AppError: ${String(error)}`;
  }
  return undefined;
}

describe('openDatabase', () => {
  it('creates a new file with WAL, synchronous=FULL, foreign keys and the latest schema', () => {
    const path = join(tempDir(), 'cercle.db');
    const db = openDatabase(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion(migrations));
    db.close();
  });

  it('uses STRICT tables only', () => {
    const db = openDatabase(join(tempDir(), 'cercle.db'));
    const tables = db
      .prepare<[], { name: string; strict: number }>(
        "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'",
      )
      .all();
    expect(tables.length).toBeGreaterThan(0);
    expect(tables.filter((t) => t.strict !== 1)).toEqual([]);
    db.close();
  });

  it('refuses a database from a newer version and leaves every byte as it was', () => {
    const path = join(tempDir(), 'future.db');
    const future = new Database(path);
    future.exec(
      'CREATE TABLE from_the_future (x INTEGER) STRICT; INSERT INTO from_the_future VALUES (42);',
    );
    future.pragma(`user_version = ${latestVersion(migrations) + 7}`);
    future.close();
    const before = readFileSync(path);

    expect(codeOf(() => openDatabase(path))).toBe('DB_TOO_NEW');
    expect(() => openDatabase(path)).toThrow(/newer version of Cercle/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('reports a file that is not SQLite and never overwrites it', () => {
    const path = join(tempDir(), 'notes.db');
    const content = 'Ceci est un fichier texte, pas une base de données.\n'.repeat(200);
    writeFileSync(path, content);

    expect(codeOf(() => openDatabase(path))).toBe('DB_NOT_SQLITE');
    expect(readFileSync(path, 'utf8')).toBe(content);
  });

  it('opens an existing database again and keeps its data', () => {
    const path = join(tempDir(), 'cercle.db');
    const first = openDatabase(path);
    first.prepare("INSERT INTO settings (key, value) VALUES ('language', 'en')").run();
    first.close();
    const second = openDatabase(path);
    expect(second.prepare('SELECT value FROM settings').pluck().get()).toBe('en');
    second.close();
  });
});
