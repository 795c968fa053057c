import type { Migration } from './index';

/**
 * What a live session leaves behind, recorded as it happens (issue 5) and read
 * by the anonymised reports (issue 6). People are known only by a local
 * pseudonymous key; the label is private to the facilitator and never exported.
 */
export const attendance: Migration = {
  version: 6,
  name: 'attendance',
  up(db) {
    db.exec(`
      ALTER TABLE sessions ADD COLUMN started_at INTEGER;
      ALTER TABLE sessions ADD COLUMN ended_at INTEGER;

      CREATE TABLE participants (
        id TEXT PRIMARY KEY,
        group_id TEXT NOT NULL REFERENCES groups (id),
        -- Random, per group: recognises a returning person without knowing who they are.
        key TEXT NOT NULL,
        -- The name last shown in the call; private, local only, never exported.
        label TEXT,
        first_seen_at INTEGER NOT NULL,
        UNIQUE (group_id, key)
      ) STRICT;

      CREATE TABLE attendance (
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        participant_id TEXT NOT NULL REFERENCES participants (id),
        role TEXT NOT NULL DEFAULT 'participant' CHECK (role IN ('participant', 'cofacilitator')),
        joined_at INTEGER NOT NULL,
        left_at INTEGER,
        -- Start of the current stay while connected; null once they left.
        present_since INTEGER,
        present_ms INTEGER NOT NULL DEFAULT 0 CHECK (present_ms >= 0),
        speaking_ms INTEGER NOT NULL DEFAULT 0 CHECK (speaking_ms >= 0),
        turns_taken INTEGER NOT NULL DEFAULT 0 CHECK (turns_taken >= 0),
        turns_passed INTEGER NOT NULL DEFAULT 0 CHECK (turns_passed >= 0),
        PRIMARY KEY (session_id, participant_id)
      ) STRICT;
      CREATE INDEX attendance_by_participant ON attendance (participant_id);

      CREATE TABLE session_rounds (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        block_id TEXT,
        kind TEXT NOT NULL CHECK (kind IN ('round', 'openFloor', 'free')),
        started_at INTEGER NOT NULL,
        ended_at INTEGER,
        turns_taken INTEGER NOT NULL DEFAULT 0 CHECK (turns_taken >= 0),
        turns_passed INTEGER NOT NULL DEFAULT 0 CHECK (turns_passed >= 0)
      ) STRICT;
      CREATE INDEX session_rounds_by_session ON session_rounds (session_id);
    `);
  },
};
