/**
 * Who and what a figure counts, as SQL, written once and used by the live
 * summary (repos/attendance.ts) and the anonymised reports (repos/reports.ts)
 * alike, so the two can never count differently (docs/design.md, "Who counts").
 *
 * - People reached are the `participant` role: the facilitator (who has no
 *   attendance row) and co-facilitators are the team. A person's role for a
 *   session is the last one they had in it.
 * - A round turn counts with its latest outcome only: `spoke` or `passed`.
 *   A reopened (`pending`), skipped or abandoned (`left`) turn counts as neither.
 * - Rounds recorded before migration 10 carry the counts written then
 *   (`legacy_*`, staff turns included); later rounds carry 0 there.
 */

/** True for an attendance row (alias `a`) of someone the group reached. */
export const reached = (a: string): string => `${a}.role = 'participant'`;

type CountedOutcome = 'spoke' | 'passed';

/**
 * The counted turns with this outcome in the round row aliased `r`. CROSS
 * JOIN reads the round's own turns first (a few rows by their key, none for a
 * round recorded before migration 10) and only then each person's role.
 */
export function roundTurns(r: string, outcome: CountedOutcome): string {
  return `(${r}.legacy_${outcome} + (
    SELECT count(*) FROM round_turns ct
     CROSS JOIN attendance ca ON ca.session_id = ct.session_id AND ca.participant_id = ct.participant_id
     WHERE ct.session_id = ${r}.session_id AND ct.round_id = ${r}.id
       AND ct.outcome = '${outcome}' AND ${reached('ca')}))`;
}

/** The turns with this outcome of the person whose attendance row is aliased `a`. */
export function personTurns(a: string, outcome: CountedOutcome): string {
  return `(${a}.legacy_${outcome} + (
    SELECT count(*) FROM round_turns pt
     WHERE pt.session_id = ${a}.session_id AND pt.participant_id = ${a}.participant_id
       AND pt.outcome = '${outcome}'))`;
}
