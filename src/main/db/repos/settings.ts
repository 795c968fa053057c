import type { Db } from '../connection';
import { preparedStatements } from '../prepared';

type SettingRow = { key: string; value: string };

const sql = preparedStatements((db: Db) => ({
  all: db.prepare<[], SettingRow>('SELECT key, value FROM settings'),
  upsert: db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ),
}));

export function readSettings(db: Db): Map<string, string> {
  return new Map(
    sql(db)
      .all.all()
      .map((r) => [r.key, r.value]),
  );
}

export function writeSetting(db: Db, key: string, value: string): void {
  sql(db).upsert.run(key, value);
}
