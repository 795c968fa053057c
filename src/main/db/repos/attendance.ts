import type { AttendanceLine } from '../../../shared/live';
import type { Db } from '../connection';
import { preparedStatements } from '../prepared';
import { personTurns, reached } from './counting';

/**
 * People, their stays in a session, and the seats (peer ids) they held. Every
 * write sets a state (present or not, the latest total seen), so writing the
 * same thing twice changes nothing.
 */

type Role = AttendanceLine['role'];

type AttendanceRow = {
  participant_id: string;
  label: string | null;
  role: Role;
  joined_at: number;
  left_at: number | null;
  present_since: number | null;
  present_ms: number;
  speaking_ms: number;
  spoke: number;
  passed: number;
  counted: number;
  earlier_sessions: number;
};

export type Seat = { participantId: string; present: boolean; speakingMs: number };
/** A person with a seat in the session: is any of their seats in the call, is their stay open. */
export type PresenceRow = { participantId: string; seated: boolean; staying: boolean };

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
  setRole: db.prepare<[string, string, string]>(
    'UPDATE attendance SET role = ? WHERE session_id = ? AND participant_id = ?',
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
  addSpeaking: db.prepare<[number, string, string]>(
    'UPDATE attendance SET speaking_ms = speaking_ms + ? WHERE session_id = ? AND participant_id = ?',
  ),
  seat: db.prepare<
    [string, string],
    { participant_id: string; present: number; speaking_ms: number }
  >(
    'SELECT participant_id, present, speaking_ms FROM session_peers WHERE session_id = ? AND peer_id = ?',
  ),
  insertSeat: db.prepare<[string, string, string]>(
    `INSERT INTO session_peers (session_id, peer_id, participant_id) VALUES (?, ?, ?)
     ON CONFLICT (session_id, peer_id) DO NOTHING`,
  ),
  seatsPresent: db.prepare<[string, string]>(
    `UPDATE session_peers SET present = (peer_id IN (SELECT value FROM json_each(?)))
     WHERE session_id = ?`,
  ),
  seatSpoke: db.prepare<[number, string, string]>(
    'UPDATE session_peers SET speaking_ms = ? WHERE session_id = ? AND peer_id = ?',
  ),
  presence: db.prepare<[string], { participant_id: string; seated: number; staying: number }>(
    `SELECT p.participant_id, max(p.present) AS seated,
            coalesce(max(a.present_since IS NOT NULL), 0) AS staying
       FROM session_peers p
       LEFT JOIN attendance a ON a.session_id = p.session_id AND a.participant_id = p.participant_id
      WHERE p.session_id = ?
      GROUP BY p.participant_id ORDER BY min(p.rowid)`,
  ),
  lines: db.prepare<[string], AttendanceRow>(
    `SELECT a.*, p.label,
            ${personTurns('a', 'spoke')} AS spoke,
            ${personTurns('a', 'passed')} AS passed,
            ${reached('a')} AS counted,
            (SELECT count(*) FROM attendance e JOIN sessions s ON s.id = e.session_id
              WHERE e.participant_id = a.participant_id AND e.session_id <> a.session_id
                AND coalesce(s.started_at, s.scheduled_at) <
                    (SELECT coalesce(started_at, scheduled_at) FROM sessions WHERE id = a.session_id)
            ) AS earlier_sessions
       FROM attendance a JOIN participants p ON p.id = a.participant_id
      WHERE a.session_id = ? ORDER BY a.joined_at, a.rowid`,
  ),
  headcount: db.prepare<[string], { participants: number; team: number }>(
    `SELECT count(CASE WHEN ${reached('a')} THEN 1 END) AS participants,
            count(CASE WHEN NOT ${reached('a')} THEN 1 END) AS team
       FROM attendance a WHERE a.session_id = ?`,
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

/** Opens a stay (or keeps the one open) with this role. */
export function recordArrival(
  db: Db,
  sessionId: string,
  participantId: string,
  role: Role,
  at: number,
): void {
  sql(db).arrive.run(sessionId, participantId, role, at, at);
}

export function setRole(db: Db, sessionId: string, participantId: string, role: Role): void {
  sql(db).setRole.run(role, sessionId, participantId);
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
  sql(db).seatsPresent.run('[]', sessionId);
}

export function addSpeaking(db: Db, sessionId: string, participantId: string, ms: number): void {
  sql(db).addSpeaking.run(ms, sessionId, participantId);
}

export function findSeat(db: Db, sessionId: string, peerId: string): Seat | undefined {
  const row = sql(db).seat.get(sessionId, peerId);
  return row
    ? { participantId: row.participant_id, present: row.present === 1, speakingMs: row.speaking_ms }
    : undefined;
}

/** The person a seat stands for is fixed at the seat's first sight. */
export function insertSeat(db: Db, sessionId: string, peerId: string, participantId: string): void {
  sql(db).insertSeat.run(sessionId, peerId, participantId);
}

/** Exactly these seats are in the call now. */
export function setSeatsPresent(db: Db, sessionId: string, peerIds: readonly string[]): void {
  sql(db).seatsPresent.run(JSON.stringify(peerIds), sessionId);
}

export function setSeatSpeaking(db: Db, sessionId: string, peerId: string, ms: number): void {
  sql(db).seatSpoke.run(ms, sessionId, peerId);
}

export function presenceRows(db: Db, sessionId: string): PresenceRow[] {
  return sql(db)
    .presence.all(sessionId)
    .map((r) => ({
      participantId: r.participant_id,
      seated: r.seated === 1,
      staying: r.staying === 1,
    }));
}

export function attendanceLines(db: Db, sessionId: string, now: number): AttendanceLine[] {
  return sql(db)
    .lines.all(sessionId)
    .map((r) => ({
      participantId: r.participant_id,
      label: r.label,
      role: r.role,
      counted: r.counted === 1,
      joinedAt: r.joined_at,
      leftAt: r.left_at,
      presentMs: r.present_ms + (r.present_since === null ? 0 : Math.max(0, now - r.present_since)),
      speakingMs: r.speaking_ms,
      spoke: r.spoke,
      passed: r.passed,
      returning: r.earlier_sessions > 0,
    }));
}

/** People reached and team members who came, by the one rule in counting.ts. */
export function headcount(db: Db, sessionId: string): { participants: number; team: number } {
  return sql(db).headcount.get(sessionId)!;
}
