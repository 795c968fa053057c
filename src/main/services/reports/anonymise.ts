import { assertUnreachable } from '../../../shared/errors';
import {
  REPORT_ROUNDING_BASE,
  type AnonymisedReport,
  type DerivedFigure,
  type MonthRange,
  type ProtectedCount,
  type YearMonth,
} from '../../../shared/reports';
import { suppress, type CellStatus, type Relation } from './suppression';

/**
 * The anonymisation rules for attendance reports. Everything that leaves the
 * database for a report — the screen, the print page (PDF), CSV and JSON —
 * is made by `anonymise` from true aggregate counts; exports are built from
 * its output only, never from rows.
 *
 * 1. Aggregates only. The input holds counts and sums, no row per person; no
 *    name, label, pseudonym, id, key or hash, no note or free text. Local
 *    pseudonymous keys are used inside SQL to count distinct, new and
 *    returning people, and go no further.
 * 2. Small counts. Any count of people from 1 to 4 is shown `<5`; 0 stays 0.
 * 3. Complementary suppression (suppression.ts). Where the report publishes
 *    a total and the cells adding up to it — the months of the attendance
 *    series and the period's attendances; new + returning = distinct people
 *    — a hidden count must not be recoverable by subtraction: the next
 *    smallest cell is withheld as well (shown as hidden), cascading to the
 *    total when no other cell is left.
 * 4. Rounding. Every published count of people is rounded to the nearest 5
 *    (5, 6, 7 → 5; 8 … 12 → 10). Two reports whose periods or groups differ
 *    by one session therefore differ by 0 or 5 in each count, never by the
 *    1–4 people of that session, and the true difference stays uncertain by
 *    ±4. Reports often overlap (a quarter and its year); this is what stops
 *    one from being subtracted from the other.
 * 5. Closed whole months (period.ts). Periods are whole months, only months
 *    that have ended are reported, and dates never go below the month: a
 *    month's figures cannot change between two exports, and no time of day
 *    or session date is ever exported.
 * 6. Derived figures come from published figures only. The average
 *    attendance per session is published attendances / sessions held, the
 *    share of round turns taken is published taken / (taken + passed): an
 *    average is hidden whenever one of its inputs is, and can never reveal
 *    more than the counts it is made from.
 * 7. Events are not people. Sessions held, rounds held and the average
 *    session length describe the facilitator's schedule, not who came, and
 *    are exact.
 */

/** True aggregates for a period, before any rule. Main-process only; never leaves it. */
export type ReportCounts = {
  months: { month: YearMonth; sessions: number; attendances: number }[];
  sessionsHeld: number;
  attendances: number;
  distinctParticipants: number;
  newParticipants: number;
  returningParticipants: number;
  roundsHeld: number;
  roundTurnsTaken: number;
  roundTurnsPassed: number;
  /** Held sessions with a recorded end, and their summed length. */
  timedSessions: number;
  timedMs: number;
};

export type ReportContext = {
  period: MonthRange;
  requested: MonthRange;
  groups: string[];
  producedIn: YearMonth;
};

const roundCount = (n: number) => Math.round(n / REPORT_ROUNDING_BASE) * REPORT_ROUNDING_BASE;

function protectedCount(value: number, status: CellStatus): ProtectedCount {
  switch (status) {
    case 'published':
      return { status: 'value', value: roundCount(value) };
    case 'small':
      return { status: 'small' };
    case 'hidden':
      return { status: 'hidden' };
    default:
      return assertUnreachable(status);
  }
}

/** A ratio of published counts; hidden when either input is. */
function ratio(
  numerator: ProtectedCount,
  denominator: ProtectedCount | number,
  scale: number,
  decimals: number,
): DerivedFigure {
  const den = typeof denominator === 'number' ? denominator : publishedValue(denominator);
  const num = publishedValue(numerator);
  if (den === 0) return { status: 'none' };
  if (num === undefined || den === undefined) return { status: 'hidden' };
  const factor = 10 ** decimals;
  return { status: 'value', value: Math.round((num / den) * scale * factor) / factor };
}

const publishedValue = (c: ProtectedCount) => (c.status === 'value' ? c.value : undefined);

const sumOf = (a: ProtectedCount, b: ProtectedCount): ProtectedCount => {
  const x = publishedValue(a);
  const y = publishedValue(b);
  return x === undefined || y === undefined
    ? { status: 'hidden' }
    : { status: 'value', value: x + y };
};

export function anonymise(counts: ReportCounts, context: ReportContext): AnonymisedReport {
  const monthCells = counts.months.map((_, i) => `month:${i}`);
  const values = new Map<string, number>([
    ['attendances', counts.attendances],
    ['distinct', counts.distinctParticipants],
    ['new', counts.newParticipants],
    ['returning', counts.returningParticipants],
    ['taken', counts.roundTurnsTaken],
    ['passed', counts.roundTurnsPassed],
    ...counts.months.map((m, i) => [monthCells[i]!, m.attendances] as const),
  ]);
  // Round turns taken + passed is never published, so those two stand alone.
  const relations: Relation[] = [
    { total: 'attendances', parts: monthCells },
    { total: 'distinct', parts: ['new', 'returning'] },
  ];
  const statuses = suppress(values, relations);
  const cell = (name: string) => protectedCount(values.get(name)!, statuses.get(name)!);

  const attendances = cell('attendances');
  const taken = cell('taken');
  const passed = cell('passed');
  return {
    period: context.period,
    requested: context.requested,
    groups: [...context.groups],
    producedIn: context.producedIn,
    figures: {
      sessionsHeld: counts.sessionsHeld,
      attendances,
      distinctParticipants: cell('distinct'),
      newParticipants: cell('new'),
      returningParticipants: cell('returning'),
      averageAttendance: ratio(attendances, counts.sessionsHeld, 1, 1),
      averageSessionMinutes:
        counts.timedSessions === 0
          ? { status: 'none' }
          : { status: 'value', value: Math.round(counts.timedMs / counts.timedSessions / 60_000) },
      roundsHeld: counts.roundsHeld,
      roundTurnsTaken: taken,
      roundTurnsPassed: passed,
      roundTurnsTakenPercent: ratio(taken, sumOf(taken, passed), 100, 0),
    },
    monthly: counts.months.map((m, i) => ({
      month: m.month,
      sessionsHeld: m.sessions,
      attendances: cell(monthCells[i]!),
    })),
  };
}
