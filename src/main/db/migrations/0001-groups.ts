import type { Migration } from './index';

export const groups: Migration = {
  version: 1,
  name: 'groups',
  up(db) {
    db.exec(`
      CREATE TABLE groups (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        archived_at INTEGER
      ) STRICT;
      -- Names are unique among active groups only: an archived "Mardi soir"
      -- must not stop a facilitator from starting a new one.
      CREATE UNIQUE INDEX groups_active_name ON groups (name COLLATE NOCASE)
        WHERE archived_at IS NULL;
    `);
  },
};
