import { assertUnreachable } from '../../../../../shared/errors';
import {
  monthFromNumber,
  monthNumber,
  REPORT_MONTHS_MAX,
  type ReportPeriod,
  type YearMonth,
} from '../../../../../shared/reports';

export type PeriodKind = ReportPeriod['kind'];
export const periodKinds = [
  'month',
  'quarter',
  'year',
  'range',
] as const satisfies readonly PeriodKind[];
export type Quarter = 1 | 2 | 3 | 4;
export const quarters = [1, 2, 3, 4] as const satisfies readonly Quarter[];

/**
 * What the period fields hold. Every kind keeps its own values, so going from
 * "Un trimestre" to "Une année" and back finds the quarter as it was left.
 */
export type PeriodForm = {
  kind: PeriodKind;
  month: YearMonth;
  year: number;
  quarter: Quarter;
  from: YearMonth;
  to: YearMonth;
};

/** Problems the fields can show before asking main (which checks again). */
export type PeriodProblem = 'before_start' | 'too_long';

export const yearOf = (month: YearMonth): number => Number(month.slice(0, 4));
export const monthIndexOf = (month: YearMonth): number => Number(month.slice(5, 7));

export function quarterOf(month: YearMonth): { year: number; quarter: Quarter } {
  return {
    year: yearOf(month),
    quarter: (Math.floor((monthIndexOf(month) - 1) / 3) + 1) as Quarter,
  };
}

export const addMonths = (month: YearMonth, count: number): YearMonth =>
  monthFromNumber(monthNumber(month) + count);

/** The last quarter whose three months have all ended, `lastClosed` being the last month that has. */
export function lastClosedQuarter(lastClosed: YearMonth): { year: number; quarter: Quarter } {
  const { year, quarter } = quarterOf(lastClosed);
  if (monthIndexOf(lastClosed) % 3 === 0) return { year, quarter };
  return quarter === 1
    ? { year: year - 1, quarter: 4 }
    : { year, quarter: (quarter - 1) as Quarter };
}

/** The fields showing `period`, the other kinds filled with neighbouring values. */
export function formFor(period: ReportPeriod, lastClosed: YearMonth): PeriodForm {
  const base: PeriodForm = {
    kind: period.kind,
    month: lastClosed,
    year: yearOf(lastClosed),
    quarter: quarterOf(lastClosed).quarter,
    from: addMonths(lastClosed, -2),
    to: lastClosed,
  };
  switch (period.kind) {
    case 'month':
      return { ...base, month: period.month, ...quarterOf(period.month), to: period.month };
    case 'quarter': {
      const first = `${period.year}-${String((period.quarter - 1) * 3 + 1).padStart(2, '0')}`;
      return {
        ...base,
        year: period.year,
        quarter: period.quarter as Quarter,
        month: addMonths(first, 2),
        from: first,
        to: addMonths(first, 2),
      };
    }
    case 'year':
      return {
        ...base,
        year: period.year,
        quarter: 1,
        month: `${period.year}-12`,
        from: `${period.year}-01`,
        to: `${period.year}-12`,
      };
    case 'range':
      return {
        ...base,
        from: period.from,
        to: period.to,
        month: period.to,
        ...quarterOf(period.to),
      };
    default:
      return assertUnreachable(period);
  }
}

/** The period the fields describe, or why they describe none. */
export function formPeriod(
  form: PeriodForm,
): { ok: true; period: ReportPeriod } | { ok: false; problem: PeriodProblem } {
  switch (form.kind) {
    case 'month':
      return { ok: true, period: { kind: 'month', month: form.month } };
    case 'quarter':
      return { ok: true, period: { kind: 'quarter', year: form.year, quarter: form.quarter } };
    case 'year':
      return { ok: true, period: { kind: 'year', year: form.year } };
    case 'range': {
      const span = monthNumber(form.to) - monthNumber(form.from) + 1;
      if (span < 1) return { ok: false, problem: 'before_start' };
      if (span > REPORT_MONTHS_MAX) return { ok: false, problem: 'too_long' };
      return { ok: true, period: { kind: 'range', from: form.from, to: form.to } };
    }
    default:
      return assertUnreachable(form.kind);
  }
}

/**
 * The years the year fields offer, newest first: back to the first year with
 * sessions (at least five years), up to the current year — which the report
 * then clips to its ended months.
 */
export function yearsOffered(currentYear: number, firstYearWithSessions: number | null): number[] {
  const first = Math.min(firstYearWithSessions ?? currentYear, currentYear - 5);
  return Array.from({ length: currentYear - first + 1 }, (_, i) => currentYear - i);
}
