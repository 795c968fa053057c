import { monthsOf, type MonthRange } from '../../../shared/reports';
import type { Db } from '../../db/connection';
import { monthTotals, peopleTotals, roundTotals, type MonthTotals } from '../../db/repos/reports';
import type { ReportCounts } from './anonymise';
import { monthBounds } from './period';

/** True aggregates of the groups over the months of `range`, in one read transaction. */
export function computeCounts(
  db: Db,
  groupIds: readonly string[],
  range: MonthRange,
): ReportCounts {
  const bounds = monthBounds(range);
  const lo = bounds[0]![0];
  const hi = bounds.at(-1)![1];
  return db.transaction(() => {
    const byIndex = new Map(monthTotals(db, groupIds, bounds).map((m) => [m.i, m]));
    const people = peopleTotals(db, groupIds, lo, hi);
    const rounds = roundTotals(db, groupIds, lo, hi);
    const months = monthsOf(range).map((month, i) => ({
      month,
      sessions: byIndex.get(i)?.sessions ?? 0,
      attendances: byIndex.get(i)?.attendances ?? 0,
    }));
    const total = (pick: (m: MonthTotals) => number) =>
      [...byIndex.values()].reduce((sum, m) => sum + pick(m), 0);
    return {
      months,
      sessionsHeld: total((m) => m.sessions),
      attendances: total((m) => m.attendances),
      distinctParticipants: people.distinctCount,
      newParticipants: people.distinctCount - people.returningCount,
      returningParticipants: people.returningCount,
      roundsHeld: rounds.rounds,
      roundTurnsTaken: rounds.taken,
      roundTurnsPassed: rounds.passed,
      timedSessions: total((m) => m.timed),
      timedMs: total((m) => m.timedMs),
    };
  })();
}
