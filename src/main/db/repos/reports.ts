import type { Db } from '../connection';
import { preparedStatements } from '../prepared';
import { reached, roundTurns } from './counting';

/**
 * Aggregates for the anonymised reports. Every query returns counts and sums
 * only: participant ids and keys are used inside SQL (to count distinct
 * people and tell newcomers from returning ones) and never come out of it.
 *
 * A session counts as held when it is `done` and has a start; it belongs to
 * the month its start falls in. Who counts (people reached, not the team)
 * and what a round turn counts as are the rules of counting.ts, which the
 * live summary uses too.
 */

/**
 * Groups and month bounds travel as JSON so each statement is prepared once,
 * whatever their number. CROSS JOIN fixes the loop order (months, then
 * groups, then an index range of sessions): left to itself the planner would
 * read each group's whole history and test it against every month.
 */
const groupsOf = `SELECT value AS id FROM json_each(@groups)`;
const heldIn = (lo: string, hi: string) => `sessions s
  ON s.group_id = g.id AND s.status = 'done' AND s.started_at >= ${lo} AND s.started_at < ${hi}`;

export const reportSql = {
  months: `
    WITH g AS (${groupsOf}),
         m AS (SELECT key AS i, value ->> '$[0]' AS lo, value ->> '$[1]' AS hi
                 FROM json_each(@months))
    SELECT m.i AS i,
           count(*) AS sessions,
           count(CASE WHEN s.ended_at >= s.started_at THEN 1 END) AS timed,
           coalesce(sum(CASE WHEN s.ended_at >= s.started_at THEN s.ended_at - s.started_at END), 0)
             AS timedMs,
           coalesce(sum((SELECT count(*) FROM attendance a
                          WHERE a.session_id = s.id AND ${reached('a')})), 0) AS attendances
      FROM m CROSS JOIN g CROSS JOIN ${heldIn('m.lo', 'm.hi')}
     GROUP BY m.i`,
  people: `
    WITH g AS (${groupsOf})
    SELECT count(*) AS distinctCount, coalesce(sum(earlier), 0) AS returningCount FROM (
      SELECT a.participant_id,
             EXISTS (SELECT 1 FROM attendance b JOIN sessions t ON t.id = b.session_id
                      WHERE b.participant_id = a.participant_id AND ${reached('b')}
                        AND t.status = 'done' AND t.started_at < @lo) AS earlier
        FROM g CROSS JOIN ${heldIn('@lo', '@hi')}
        JOIN attendance a ON a.session_id = s.id AND ${reached('a')}
       GROUP BY a.participant_id)`,
  rounds: `
    WITH g AS (${groupsOf})
    SELECT count(*) AS rounds, coalesce(sum(${roundTurns('r', 'spoke')}), 0) AS taken,
           coalesce(sum(${roundTurns('r', 'passed')}), 0) AS passed
      FROM g CROSS JOIN ${heldIn('@lo', '@hi')}
      JOIN session_rounds r ON r.session_id = s.id AND r.kind = 'round'`,
} as const;

export type MonthTotals = {
  /** Index of the month in the bounds given. */
  i: number;
  sessions: number;
  /** Held sessions with a recorded end, and their summed length. */
  timed: number;
  timedMs: number;
  attendances: number;
};
export type PeopleTotals = { distinctCount: number; returningCount: number };
export type RoundTotals = { rounds: number; taken: number; passed: number };

type Span = { groups: string; lo: number; hi: number };

const sql = preparedStatements((db: Db) => ({
  months: db.prepare<[{ groups: string; months: string }], MonthTotals>(reportSql.months),
  people: db.prepare<[Span], PeopleTotals>(reportSql.people),
  rounds: db.prepare<[Span], RoundTotals>(reportSql.rounds),
}));

/** Totals per month that had at least one held session; `bounds` are [start, end) in epoch ms. */
export function monthTotals(
  db: Db,
  groupIds: readonly string[],
  bounds: readonly (readonly [number, number])[],
): MonthTotals[] {
  return sql(db).months.all({ groups: JSON.stringify(groupIds), months: JSON.stringify(bounds) });
}

/** People who attended a held session in [lo, hi), and how many of them had attended before lo. */
export function peopleTotals(
  db: Db,
  groupIds: readonly string[],
  lo: number,
  hi: number,
): PeopleTotals {
  return sql(db).people.get({ groups: JSON.stringify(groupIds), lo, hi })!;
}

/** Speaking rounds (not open floor or free time) of sessions held in [lo, hi), and their turns. */
export function roundTotals(
  db: Db,
  groupIds: readonly string[],
  lo: number,
  hi: number,
): RoundTotals {
  return sql(db).rounds.get({ groups: JSON.stringify(groupIds), lo, hi })!;
}
