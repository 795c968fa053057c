import type { Migration } from './index';

export const sessions: Migration = {
  version: 5,
  name: 'sessions',
  up(db) {
    db.exec(`
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        group_id TEXT NOT NULL REFERENCES groups (id),
        scheduled_at INTEGER NOT NULL,
        -- The plan it came from; the session keeps its own frozen copy in plan_snapshot.
        source_plan_id TEXT REFERENCES plans (id) ON DELETE SET NULL,
        plan_snapshot TEXT NOT NULL,
        agreement_set_id TEXT REFERENCES agreement_sets (id),
        status TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'done', 'cancelled')),
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX sessions_by_group_time ON sessions (group_id, scheduled_at);
    `);
  },
};
