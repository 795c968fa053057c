import { randomUUID } from 'node:crypto';
import type { Db } from '../../src/main/db/connection';

/**
 * Writes attendance history straight into the tables live sessions fill
 * (issue 5), so report tests can build exactly the history they need.
 */

const emptyPlan = JSON.stringify({
  name: 'Plan',
  expectedGroupSize: 8,
  startTime: '18:00',
  blocks: [],
});

export function seedGroup(db: Db, name: string, id: string = randomUUID()): string {
  db.prepare('INSERT INTO groups (id, name, created_at) VALUES (?, ?, 0)').run(id, name);
  return id;
}

export type SeedSession = {
  groupId: string;
  /** Epoch ms; also the scheduled time. */
  startedAt: number;
  /** Length in minutes; null leaves the end unrecorded. */
  minutes?: number | null;
  status?: 'scheduled' | 'done' | 'cancelled';
};

export function seedSession(db: Db, s: SeedSession): string {
  const id = randomUUID();
  const status = s.status ?? 'done';
  const minutes = s.minutes === undefined ? 90 : s.minutes;
  const started = status === 'done' ? s.startedAt : null;
  const ended = started !== null && minutes !== null ? started + minutes * 60_000 : null;
  db.prepare(
    `INSERT INTO sessions (id, group_id, scheduled_at, plan_snapshot, status, created_at, started_at, ended_at)
     VALUES (?, ?, ?, ?, ?, 0, ?, ?)`,
  ).run(id, s.groupId, s.startedAt, emptyPlan, status, started, ended);
  return id;
}

export type SeedParticipant = { groupId: string; key?: string; label?: string | null };

export function seedParticipant(db: Db, p: SeedParticipant): string {
  const id = randomUUID();
  db.prepare(
    'INSERT INTO participants (id, group_id, key, label, first_seen_at) VALUES (?, ?, ?, ?, 0)',
  ).run(id, p.groupId, p.key ?? randomUUID(), p.label ?? null);
  return id;
}

export function seedAttendance(
  db: Db,
  sessionId: string,
  participantId: string,
  role: 'participant' | 'cofacilitator' = 'participant',
): void {
  db.prepare(
    `INSERT INTO attendance (session_id, participant_id, role, joined_at, present_ms, legacy_spoke)
     VALUES (?, ?, ?, 0, 3600000, 2)`,
  ).run(sessionId, participantId, role);
}

/**
 * A round with its counts stored as totals (the `legacy_*` columns, as
 * versions before migration 10 kept them), so a test can ask for any numbers
 * without making people for each turn. counting.ts adds them like turn rows.
 */
export function seedRound(
  db: Db,
  sessionId: string,
  r: { kind?: 'round' | 'openFloor' | 'freeTime'; taken: number; passed: number },
): void {
  const kind = r.kind ?? 'round';
  const round = kind === 'round';
  db.prepare(
    `INSERT INTO session_rounds (id, session_id, kind, started_at, ended_at, floors, legacy_spoke, legacy_passed)
     VALUES (?, ?, ?, 0, 1, ?, ?, ?)`,
  ).run(
    randomUUID(),
    sessionId,
    kind,
    round ? 0 : r.taken,
    round ? r.taken : 0,
    round ? r.passed : 0,
  );
}

export function seedNote(db: Db, sessionId: string, text: string, blockId = ''): void {
  db.prepare('INSERT INTO notes (session_id, block_id, text, updated_at) VALUES (?, ?, ?, 0)').run(
    sessionId,
    blockId,
    text,
  );
}

/** A session held in a month (local time), on the given day at 18:00, with these people present. */
export function seedHeld(
  db: Db,
  groupId: string,
  at: { year: number; month: number; day?: number },
  participantIds: readonly string[],
  rounds: { taken: number; passed: number }[] = [],
): string {
  const startedAt = new Date(at.year, at.month - 1, at.day ?? 10, 18, 0).getTime();
  const sessionId = seedSession(db, { groupId, startedAt });
  for (const p of participantIds) seedAttendance(db, sessionId, p);
  for (const r of rounds) seedRound(db, sessionId, r);
  return sessionId;
}
