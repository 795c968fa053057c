import { AppError } from '../../../shared/errors';
import {
  lastClosedMonth,
  monthFromNumber,
  monthNumber,
  type MonthRange,
  type YearMonth,
} from '../../../shared/reports';

/** Epoch milliseconds of the first instant of a month, in local time. */
export function monthStart(month: YearMonth): number {
  const n = monthNumber(month);
  return new Date(Math.floor(n / 12), n % 12, 1).getTime();
}

/** Each month of the range as [start, end) in epoch milliseconds, oldest first. */
export function monthBounds(range: MonthRange): [number, number][] {
  const bounds: [number, number][] = [];
  for (let n = monthNumber(range.from); n <= monthNumber(range.to); n++) {
    bounds.push([monthStart(monthFromNumber(n)), monthStart(monthFromNumber(n + 1))]);
  }
  return bounds;
}

/**
 * The closed-month rule: a report covers only months that have ended. A
 * period reaching into the current month (or the future) is clipped to the
 * last closed month; one with no closed month at all is refused. Together with
 * whole-month periods this means a figure, once exportable, never changes, so
 * exports made before and after a session cannot be subtracted to isolate it.
 */
export function closedRange(requested: MonthRange, now: number): MonthRange {
  const last = lastClosedMonth(now);
  if (monthNumber(requested.from) > monthNumber(last)) {
    throw new AppError('VALIDATION', `The period starts after ${last}, the last closed month.`, [
      { path: 'period', message: 'not_closed' },
    ]);
  }
  return monthNumber(requested.to) > monthNumber(last)
    ? { from: requested.from, to: last }
    : requested;
}
