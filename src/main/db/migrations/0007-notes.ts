import type { Migration } from './index';

/** Private notes: per session and per block ('' = the whole session). Never leave this file. */
export const notes: Migration = {
  version: 7,
  name: 'notes',
  up(db) {
    db.exec(`
      CREATE TABLE notes (
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        block_id TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (session_id, block_id)
      ) STRICT;
    `);
  },
};
