import type { Migration } from './index';

/**
 * One vocabulary for activities (issue 9): the round engine's `freeTime`
 * replaces `free`, and a round's totals stop being stored as running counts.
 *
 * `session_rounds` is rebuilt because SQLite cannot change a CHECK in place:
 * - its key becomes (session_id, id), so two sessions can never share a round id;
 * - `turns_taken`/`turns_passed` become `legacy_spoke`/`legacy_passed`: the
 *   counts versions before this one wrote (staff turns included, as they were
 *   recorded). Rounds recorded from now on keep 0 there: their totals are
 *   counted from their turns (migration 10);
 * - an open floor's count of floors given moves to its own column, `floors`.
 */
export const activityKinds: Migration = {
  version: 9,
  name: 'activity-kinds',
  up(db) {
    db.exec(`
      CREATE TABLE session_rounds_v9 (
        id TEXT NOT NULL,
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        block_id TEXT,
        kind TEXT NOT NULL CHECK (kind IN ('round', 'openFloor', 'freeTime')),
        started_at INTEGER NOT NULL,
        ended_at INTEGER,
        floors INTEGER NOT NULL DEFAULT 0 CHECK (floors >= 0),
        legacy_spoke INTEGER NOT NULL DEFAULT 0 CHECK (legacy_spoke >= 0),
        legacy_passed INTEGER NOT NULL DEFAULT 0 CHECK (legacy_passed >= 0),
        PRIMARY KEY (session_id, id)
      ) STRICT;

      INSERT INTO session_rounds_v9
        (id, session_id, block_id, kind, started_at, ended_at, floors, legacy_spoke, legacy_passed)
      SELECT id, session_id, block_id,
             CASE kind WHEN 'free' THEN 'freeTime' ELSE kind END,
             started_at, ended_at,
             CASE kind WHEN 'openFloor' THEN turns_taken ELSE 0 END,
             CASE kind WHEN 'round' THEN turns_taken ELSE 0 END,
             CASE kind WHEN 'round' THEN turns_passed ELSE 0 END
        FROM session_rounds;

      DROP TABLE session_rounds;
      ALTER TABLE session_rounds_v9 RENAME TO session_rounds;
    `);
  },
};
