import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../tests/support/temp-dir';
import { defaultAgreements } from '../../../shared/agreements';
import { openDatabase } from '../connection';
import { latestVersion, migrate, migrations } from './index';

const tempDir = useTempDir();

describe('upgrading a foundation database (version 2) with data in it', () => {
  it('keeps the groups and gives each the default agreements in the chosen language', () => {
    const path = join(tempDir(), 'cercle.db');
    const old = new Database(path);
    migrate(
      old,
      migrations.filter((m) => m.version <= 2),
    );
    old.exec(`
      INSERT INTO groups (id, name, created_at, archived_at) VALUES
        ('11111111-1111-4111-8111-111111111111', 'Mardi soir', 1, NULL),
        ('22222222-2222-4222-8222-222222222222', 'Ancien groupe', 2, 3);
      INSERT INTO settings (key, value) VALUES ('language', 'en');
    `);
    old.close();

    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion(migrations));
    expect(db.prepare('SELECT name FROM groups ORDER BY created_at').pluck().all()).toEqual([
      'Mardi soir',
      'Ancien groupe',
    ]);
    const sets = db
      .prepare('SELECT group_id, version, items FROM agreement_sets ORDER BY group_id')
      .all() as { group_id: string; version: number; items: string }[];
    expect(sets.map((r) => [r.group_id.slice(0, 2), r.version])).toEqual([
      ['11', 1],
      ['22', 1],
    ]);
    expect(JSON.parse(sets[0]!.items)).toEqual(defaultAgreements('en'));
    db.close();
  });
});
