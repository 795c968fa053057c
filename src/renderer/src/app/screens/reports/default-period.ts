import {
  monthFromNumber,
  monthNumber,
  REPORT_MONTHS_MAX,
  type MonthRange,
  type ReportMonth,
  type ReportPeriod,
  type YearMonth,
} from '../../../../../shared/reports';
import { addMonths, lastClosedQuarter, monthIndexOf, quarterOf, yearOf } from './period-form';

/** The months the screen looks through, once, to choose a first period that has sessions. */
export function probeRange(lastClosed: YearMonth): MonthRange {
  return { from: monthFromNumber(monthNumber(lastClosed) - REPORT_MONTHS_MAX + 1), to: lastClosed };
}

/** Months of a (clipped) monthly series in which at least one session was held, oldest first. */
export const monthsWithSessions = (monthly: readonly ReportMonth[]): YearMonth[] =>
  monthly.filter((m) => m.sessionsHeld > 0).map((m) => m.month);

/**
 * The period the screen opens on, the one a facilitator most likely reports:
 * the last quarter that has ended, when the groups met in it; otherwise the
 * most recent ended year they met in; otherwise the most recent ended
 * quarter they met in; otherwise the ended months of the quarter under way.
 * With no session at all, the last ended quarter (which then shows as empty).
 */
export function defaultPeriod(
  lastClosed: YearMonth,
  sessionMonths: readonly YearMonth[],
): ReportPeriod {
  const lastQuarter = lastClosedQuarter(lastClosed);
  const fallback: ReportPeriod = { kind: 'quarter', ...lastQuarter };
  const latest = sessionMonths.reduce<YearMonth | null>(
    (max, m) => (max === null || monthNumber(m) > monthNumber(max) ? m : max),
    null,
  );
  if (latest === null) return fallback;
  const inLastQuarter = sessionMonths.some((m) => {
    const q = quarterOf(m);
    return q.year === lastQuarter.year && q.quarter === lastQuarter.quarter;
  });
  if (inLastQuarter) return fallback;

  const yearEnded = yearOf(latest) < yearOf(lastClosed) || monthIndexOf(lastClosed) === 12;
  if (yearEnded) return { kind: 'year', year: yearOf(latest) };
  const latestQuarter = quarterOf(latest);
  const quarterEnd = `${latestQuarter.year}-${String(latestQuarter.quarter * 3).padStart(2, '0')}`;
  if (monthNumber(quarterEnd) <= monthNumber(lastClosed)) {
    return { kind: 'quarter', ...latestQuarter };
  }
  return { kind: 'range', from: addMonths(quarterEnd, -2), to: lastClosed };
}
