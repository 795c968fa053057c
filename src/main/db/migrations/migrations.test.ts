import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../tests/support/temp-dir';
import { latestVersion, migrate, migrations, type Migration } from './index';

const tempDir = useTempDir();

const tableNames = (db: Database.Database) =>
  db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];

describe('migrations', () => {
  it('have strictly increasing versions and unique names', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(new Set(migrations.map((m) => m.name)).size).toBe(migrations.length);
  });

  it('bring an empty file to the latest version in one transaction', () => {
    const db = new Database(join(tempDir(), 'empty.db'));
    const statements: string[] = [];
    const traced = new Database(join(tempDir(), 'traced.db'), {
      verbose: (sql) => statements.push(String(sql)),
    });
    expect(migrate(traced)).toBe(latestVersion(migrations));
    const begins = statements.filter((s) => /^BEGIN/i.test(s.trim()));
    const commits = statements.filter((s) => /^COMMIT/i.test(s.trim()));
    expect(begins).toHaveLength(1);
    expect(commits).toHaveLength(1);
    expect(migrate(db)).toBe(latestVersion(migrations));
    expect(tableNames(db)).toEqual(expect.arrayContaining(['groups', 'settings']));
    traced.close();
    db.close();
  });

  it('leave the database untouched when one migration fails', () => {
    const db = new Database(join(tempDir(), 'cercle.db'));
    const broken: Migration = {
      version: latestVersion(migrations) + 1,
      name: 'broken',
      up: (d) => d.exec('CREATE TABLE half_done (x INTEGER) STRICT; SELECT * FROM no_such_table;'),
    };
    expect(() => migrate(db, [...migrations, broken])).toThrow(/no_such_table/);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(tableNames(db)).toEqual([]);
    db.close();
  });

  it('apply only what is pending, from an older version with data in it', () => {
    const db = new Database(join(tempDir(), 'cercle.db'));
    migrate(db, migrations.slice(0, 1));
    db.prepare("INSERT INTO groups (id, name, created_at) VALUES ('g1', 'Mardi soir', 1)").run();
    expect(db.pragma('user_version', { simple: true })).toBe(1);

    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion(migrations));
    expect(db.prepare('SELECT name FROM groups').pluck().all()).toEqual(['Mardi soir']);
    db.close();
  });

  it('refuse a list that is out of order', () => {
    const db = new Database(':memory:');
    const [first, second] = migrations as [Migration, Migration];
    expect(() => migrate(db, [second, first])).toThrow(/out of order/);
    db.close();
  });
});
