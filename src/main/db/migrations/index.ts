import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { groups } from './0001-groups';
import { settings } from './0002-settings';
import { agreements } from './0003-agreements';
import { plans } from './0004-plans';
import { sessions } from './0005-sessions';
import { attendance } from './0006-attendance';
import { notes } from './0007-notes';
import { reportIndexes } from './0008-report-indexes';
import { activityKinds } from './0009-activity-kinds';
import { turnOutcomes } from './0010-turn-outcomes';

export type Migration = {
  /** Becomes PRAGMA user_version once applied; strictly increasing. */
  version: number;
  name: string;
  up: (db: Database.Database) => void;
};

/** Every migration, oldest first. Append only: a released migration never changes. */
export const migrations: readonly Migration[] = [
  groups,
  settings,
  agreements,
  plans,
  sessions,
  attendance,
  notes,
  reportIndexes,
  activityKinds,
  turnOutcomes,
];

export function latestVersion(list: readonly Migration[]): number {
  return list.at(-1)?.version ?? 0;
}

/**
 * Applies the pending migrations in one transaction: either the database
 * reaches the latest version or it stays exactly where it was.
 */
export function migrate(db: Database.Database, list: readonly Migration[] = migrations): number {
  list.forEach((m, i) => {
    const previous = list[i - 1];
    if (previous && m.version <= previous.version) {
      throw new Error(`Migration ${m.name} (${m.version}) is out of order after ${previous.name}.`);
    }
  });
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = latestVersion(list);
  if (current > latest) {
    throw new AppError('DB_TOO_NEW', `Database schema ${current} is newer than ${latest}.`);
  }
  const pending = list.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return latest;
}
