import type { Migration } from './index';

export const plans: Migration = {
  version: 4,
  name: 'plans',
  up(db) {
    db.exec(`
      CREATE TABLE plans (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        is_template INTEGER NOT NULL CHECK (is_template IN (0, 1)),
        expected_group_size INTEGER NOT NULL,
        start_time TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE TABLE plan_blocks (
        plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN
          ('welcome', 'agreements', 'round', 'openFloor', 'break', 'reading', 'closingRound', 'free')),
        title TEXT NOT NULL,
        prompt TEXT NOT NULL,
        duration_min INTEGER NOT NULL CHECK (duration_min >= 0),
        turn_sec INTEGER,
        pass_allowed INTEGER NOT NULL CHECK (pass_allowed IN (0, 1)),
        PRIMARY KEY (plan_id, position)
      ) STRICT;
    `);
  },
};
