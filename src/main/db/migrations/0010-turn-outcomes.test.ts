import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../tests/support/temp-dir';
import { createAttendanceService } from '../../services/attendance';
import { computeCounts } from '../../services/reports/compute';
import { openDatabase } from '../connection';
import { latestVersion, migrate, migrations } from './index';

const tempDir = useTempDir();
const GROUP = '11111111-1111-4111-8111-111111111111';
const SESSION = '22222222-2222-4222-8222-222222222222';
const STARTED = new Date(2025, 2, 10, 18, 0).getTime();

describe('upgrading a database with attendance (version 8) to turn outcomes (9, 10)', () => {
  it('keeps every figure recorded, renames `free` to `freeTime`, and counts new turns from rows', () => {
    const path = join(tempDir(), 'cercle.db');
    const old = new Database(path);
    migrate(
      old,
      migrations.filter((m) => m.version <= 8),
    );
    old.exec(`
      INSERT INTO groups (id, name, created_at) VALUES ('${GROUP}', 'Mardi soir', 1);
      INSERT INTO sessions (id, group_id, scheduled_at, plan_snapshot, status, created_at, started_at, ended_at)
        VALUES ('${SESSION}', '${GROUP}', ${STARTED}, '{"name":"P","expectedGroupSize":8,"startTime":"18:00","blocks":[]}', 'done', 1,
                ${STARTED}, ${STARTED + 5_400_000});
      INSERT INTO participants (id, group_id, key, label, first_seen_at) VALUES
        ('p1', '${GROUP}', 'aaaaaaaaaaaaaaaaaaaa', 'Camille', 1),
        ('p2', '${GROUP}', 'bbbbbbbbbbbbbbbbbbbb', 'Sam', 1);
      INSERT INTO attendance (session_id, participant_id, role, joined_at, left_at, present_ms,
                              speaking_ms, turns_taken, turns_passed) VALUES
        ('${SESSION}', 'p1', 'participant', ${STARTED}, ${STARTED + 1}, 3600000, 90000, 2, 1),
        ('${SESSION}', 'p2', 'cofacilitator', ${STARTED}, ${STARTED + 1}, 3600000, 0, 1, 0);
      INSERT INTO session_rounds (id, session_id, block_id, kind, started_at, ended_at,
                                  turns_taken, turns_passed) VALUES
        ('round-1', '${SESSION}', 'step-3', 'round', ${STARTED + 10}, ${STARTED + 20}, 3, 1),
        ('openFloor-2', '${SESSION}', NULL, 'openFloor', ${STARTED + 30}, ${STARTED + 40}, 4, 0),
        ('free-3', '${SESSION}', NULL, 'free', ${STARTED + 50}, ${STARTED + 60}, 0, 0);
    `);
    old.close();

    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion(migrations));
    const summary = createAttendanceService(db, () => STARTED + 9_000_000).summary(SESSION);
    // Per person and per round, the counts as they were recorded.
    expect(summary.people.map((p) => [p.label, p.spoke, p.passed, p.speakingMs])).toEqual([
      ['Camille', 2, 1, 90000],
      ['Sam', 1, 0, 0],
    ]);
    expect(summary.rounds.map((r) => [r.id, r.kind, r.spoke, r.passed, r.floors])).toEqual([
      ['round-1', 'round', 3, 1, 0],
      ['openFloor-2', 'openFloor', 0, 0, 4],
      ['free-3', 'freeTime', 0, 0, 0],
    ]);
    const counts = computeCounts(db, [GROUP], { from: '2025-03', to: '2025-03' });
    expect(counts).toMatchObject({
      sessionsHeld: 1,
      attendances: 1,
      roundsHeld: 1,
      roundTurnsTaken: 3,
      roundTurnsPassed: 1,
    });
    expect(summary.totals).toEqual({ participants: 1, team: 1, rounds: 1, spoke: 3, passed: 1 });

    // A turn recorded now adds to the old counts through its row.
    db.prepare(
      `INSERT INTO round_turns (session_id, round_id, participant_id, outcome)
       VALUES (?, 'round-1', 'p1', 'spoke')`,
    ).run(SESSION);
    expect(computeCounts(db, [GROUP], { from: '2025-03', to: '2025-03' }).roundTurnsTaken).toBe(4);
    db.close();
  });

  it('refuses a turn for a round that does not exist in that session', () => {
    const db = openDatabase(':memory:');
    expect(() =>
      db
        .prepare(
          `INSERT INTO round_turns (session_id, round_id, participant_id, outcome)
           VALUES ('nowhere', 'round-1', 'p1', 'spoke')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
