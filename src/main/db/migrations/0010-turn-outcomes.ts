import type { Migration } from './index';

/**
 * Attendance decided in the main process (issue 9): what the room reported is
 * kept as state that a repeated write leaves unchanged, and every total is
 * counted from it in SQL.
 *
 * - `session_peers`: each seat of the call (the server's peer id, random per
 *   room) and the person it stands for, whether it is in the call now, and
 *   the speaking total the server last reported for it (a running total since
 *   the room opened, so a repeated report adds nothing).
 * - `round_turns`: the latest outcome of each person's turn in each round;
 *   `pending` when a turn was reopened ("back") and is not settled again yet.
 *   WITHOUT ROWID: kept in key order, so a round's turns are one range read.
 * - `attendance.turns_taken`/`turns_passed` become `legacy_spoke`/
 *   `legacy_passed`: the counts earlier versions added up (first outcome of a
 *   turn), kept for the sessions they recorded; 0 for sessions from now on.
 */
export const turnOutcomes: Migration = {
  version: 10,
  name: 'turn-outcomes',
  up(db) {
    db.exec(`
      CREATE TABLE session_peers (
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        peer_id TEXT NOT NULL,
        participant_id TEXT NOT NULL REFERENCES participants (id),
        present INTEGER NOT NULL DEFAULT 0 CHECK (present IN (0, 1)),
        speaking_ms INTEGER NOT NULL DEFAULT 0 CHECK (speaking_ms >= 0),
        PRIMARY KEY (session_id, peer_id)
      ) STRICT;
      CREATE INDEX session_peers_by_participant ON session_peers (session_id, participant_id);

      CREATE TABLE round_turns (
        session_id TEXT NOT NULL,
        round_id TEXT NOT NULL,
        participant_id TEXT NOT NULL REFERENCES participants (id),
        outcome TEXT NOT NULL CHECK (outcome IN ('pending', 'spoke', 'passed', 'skipped', 'left')),
        PRIMARY KEY (session_id, round_id, participant_id),
        FOREIGN KEY (session_id, round_id) REFERENCES session_rounds (session_id, id)
          ON DELETE CASCADE
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX round_turns_by_participant ON round_turns (session_id, participant_id, outcome);

      ALTER TABLE attendance RENAME COLUMN turns_taken TO legacy_spoke;
      ALTER TABLE attendance RENAME COLUMN turns_passed TO legacy_passed;
    `);
  },
};
