import type { RoundLine } from '../../../shared/live';
import type { TurnOutcome } from '../../../shared/rounds';
import type { Db } from '../connection';
import { preparedStatements } from '../prepared';
import { roundTurns } from './counting';

/** Activities of a session (rounds, open floors, free time) and the outcome of each turn. */

export type StoredOutcome = Exclude<TurnOutcome, 'speaking'>;

type RoundRow = {
  id: string;
  block_id: string | null;
  kind: RoundLine['kind'];
  started_at: number;
  ended_at: number | null;
  floors: number;
  spoke: number;
  passed: number;
};

const sql = preparedStatements((db: Db) => ({
  // The first sight keeps its time; a block learnt later fills one that was unknown.
  ensure: db.prepare<[string, string, string | null, string, number]>(
    `INSERT INTO session_rounds (id, session_id, block_id, kind, started_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (session_id, id) DO UPDATE SET
       block_id = coalesce(session_rounds.block_id, excluded.block_id)`,
  ),
  end: db.prepare<[number, number, string, string]>(
    `UPDATE session_rounds SET ended_at = coalesce(ended_at, ?), floors = ?
     WHERE session_id = ? AND id = ?`,
  ),
  setTurn: db.prepare<[string, string, string, string]>(
    `INSERT INTO round_turns (session_id, round_id, participant_id, outcome) VALUES (?, ?, ?, ?)
     ON CONFLICT (session_id, round_id, participant_id) DO UPDATE SET outcome = excluded.outcome`,
  ),
  lines: db.prepare<[string], RoundRow>(
    `SELECT r.id, r.block_id, r.kind, r.started_at, r.ended_at, r.floors,
            ${roundTurns('r', 'spoke')} AS spoke, ${roundTurns('r', 'passed')} AS passed
       FROM session_rounds r WHERE r.session_id = ? ORDER BY r.started_at, r.id`,
  ),
}));

export function ensureRound(
  db: Db,
  r: { id: string; sessionId: string; blockId: string | null; kind: RoundLine['kind']; at: number },
): void {
  sql(db).ensure.run(r.id, r.sessionId, r.blockId, r.kind, r.at);
}

/** Ends it once (a later end keeps the first time); an open floor keeps how many floors it gave. */
export function endRound(db: Db, sessionId: string, id: string, at: number, floors = 0): void {
  sql(db).end.run(at, floors, sessionId, id);
}

/** The outcome of one person's turn in one round: the latest write wins. */
export function setTurn(
  db: Db,
  sessionId: string,
  roundId: string,
  participantId: string,
  outcome: StoredOutcome,
): void {
  sql(db).setTurn.run(sessionId, roundId, participantId, outcome);
}

export function roundLines(db: Db, sessionId: string): RoundLine[] {
  return sql(db)
    .lines.all(sessionId)
    .map((r) => ({
      id: r.id,
      blockId: r.block_id,
      kind: r.kind,
      startedAt: r.started_at,
      endedAt: r.ended_at,
      spoke: r.spoke,
      passed: r.passed,
      floors: r.floors,
    }));
}
