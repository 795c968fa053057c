import type { AttendanceLine, RoundLine } from '../../../shared/live';
import type { Db } from '../connection';
import { preparedStatements } from '../prepared';

type AttendanceRow = {
  participant_id: string;
  label: string | null;
  role: AttendanceLine['role'];
  joined_at: number;
  left_at: number | null;
  present_since: number | null;
  present_ms: number;
  speaking_ms: number;
  turns_taken: number;
  turns_passed: number;
  earlier_sessions: number;
};

type RoundRow = {
  id: string;
  block_id: string | null;
  kind: RoundLine['kind'];
  started_at: number;
  ended_at: number | null;
  turns_taken: number;
  turns_passed: number;
};

const sql = preparedStatements((db: Db) => ({
  participant: db.prepare<[string, string], { id: string }>(
    'SELECT id FROM participants WHERE group_id = ? AND key = ?',
  ),
  insertParticipant: db.prepare<[string, string, string, string | null, number]>(
    'INSERT INTO participants (id, group_id, key, label, first_seen_at) VALUES (?, ?, ?, ?, ?)',
  ),
  relabel: db.prepare<[string | null, string]>('UPDATE participants SET label = ? WHERE id = ?'),
  arrive: db.prepare<[string, string, string, number, number]>(
    `INSERT INTO attendance (session_id, participant_id, role, joined_at, present_since)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (session_id, participant_id) DO UPDATE SET
       role = excluded.role,
       left_at = NULL,
       present_since = coalesce(attendance.present_since, excluded.present_since)`,
  ),
  leave: db.prepare<[number, number, string, string]>(
    `UPDATE attendance SET
       present_ms = present_ms + max(0, ? - present_since), present_since = NULL, left_at = ?
     WHERE session_id = ? AND participant_id = ? AND present_since IS NOT NULL`,
  ),
  leaveAll: db.prepare<[number, number, string]>(
    `UPDATE attendance SET
       present_ms = present_ms + max(0, ? - present_since), present_since = NULL, left_at = ?
     WHERE session_id = ? AND present_since IS NOT NULL`,
  ),
  addTurn: db.prepare<[number, number, string, string]>(
    `UPDATE attendance SET turns_taken = turns_taken + ?, turns_passed = turns_passed + ?
     WHERE session_id = ? AND participant_id = ?`,
  ),
  addSpeaking: db.prepare<[number, string, string]>(
    'UPDATE attendance SET speaking_ms = speaking_ms + ? WHERE session_id = ? AND participant_id = ?',
  ),
  insertRound: db.prepare<[string, string, string | null, string, number]>(
    `INSERT INTO session_rounds (id, session_id, block_id, kind, started_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (id) DO NOTHING`,
  ),
  endRound: db.prepare<[number, number, number, string, string]>(
    `UPDATE session_rounds SET ended_at = ?, turns_taken = ?, turns_passed = ?
     WHERE id = ? AND session_id = ?`,
  ),
  lines: db.prepare<[string], AttendanceRow>(
    `SELECT a.*, p.label,
            (SELECT count(*) FROM attendance e JOIN sessions s ON s.id = e.session_id
              WHERE e.participant_id = a.participant_id AND e.session_id <> a.session_id
                AND coalesce(s.started_at, s.scheduled_at) <
                    (SELECT coalesce(started_at, scheduled_at) FROM sessions WHERE id = a.session_id)
            ) AS earlier_sessions
       FROM attendance a JOIN participants p ON p.id = a.participant_id
      WHERE a.session_id = ? ORDER BY a.joined_at`,
  ),
  rounds: db.prepare<[string], RoundRow>(
    'SELECT * FROM session_rounds WHERE session_id = ? ORDER BY started_at',
  ),
}));

export function findParticipantId(db: Db, groupId: string, key: string): string | undefined {
  return sql(db).participant.get(groupId, key)?.id;
}

export function insertParticipant(
  db: Db,
  p: { id: string; groupId: string; key: string; label: string | null; firstSeenAt: number },
): void {
  sql(db).insertParticipant.run(p.id, p.groupId, p.key, p.label, p.firstSeenAt);
}

export function relabelParticipant(db: Db, id: string, label: string | null): void {
  sql(db).relabel.run(label, id);
}

export function recordArrival(
  db: Db,
  sessionId: string,
  participantId: string,
  role: AttendanceLine['role'],
  at: number,
): void {
  sql(db).arrive.run(sessionId, participantId, role, at, at);
}

export function recordDeparture(
  db: Db,
  sessionId: string,
  participantId: string,
  at: number,
): void {
  sql(db).leave.run(at, at, sessionId, participantId);
}

export function recordEveryoneLeft(db: Db, sessionId: string, at: number): void {
  sql(db).leaveAll.run(at, at, sessionId);
}

export function addTurn(db: Db, sessionId: string, participantId: string, passed: boolean): void {
  sql(db).addTurn.run(passed ? 0 : 1, passed ? 1 : 0, sessionId, participantId);
}

export function addSpeaking(db: Db, sessionId: string, participantId: string, ms: number): void {
  sql(db).addSpeaking.run(ms, sessionId, participantId);
}

export function recordRoundStart(
  db: Db,
  r: { id: string; sessionId: string; blockId: string | null; kind: RoundLine['kind']; at: number },
): void {
  sql(db).insertRound.run(r.id, r.sessionId, r.blockId, r.kind, r.at);
}

export function recordRoundEnd(
  db: Db,
  sessionId: string,
  id: string,
  r: { at: number; turnsTaken: number; turnsPassed: number },
): void {
  sql(db).endRound.run(r.at, r.turnsTaken, r.turnsPassed, id, sessionId);
}

export function attendanceLines(db: Db, sessionId: string, now: number): AttendanceLine[] {
  return sql(db)
    .lines.all(sessionId)
    .map((r) => ({
      participantId: r.participant_id,
      label: r.label,
      role: r.role,
      joinedAt: r.joined_at,
      leftAt: r.left_at,
      presentMs: r.present_ms + (r.present_since === null ? 0 : Math.max(0, now - r.present_since)),
      speakingMs: r.speaking_ms,
      turnsTaken: r.turns_taken,
      turnsPassed: r.turns_passed,
      returning: r.earlier_sessions > 0,
    }));
}

export function roundLines(db: Db, sessionId: string): RoundLine[] {
  return sql(db)
    .rounds.all(sessionId)
    .map((r) => ({
      id: r.id,
      blockId: r.block_id,
      kind: r.kind,
      startedAt: r.started_at,
      endedAt: r.ended_at,
      turnsTaken: r.turns_taken,
      turnsPassed: r.turns_passed,
    }));
}
