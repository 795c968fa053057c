import { z } from 'zod';
import { groupIdSchema } from './groups';

/**
 * Anonymised attendance reports: what the facilitator asks for (groups and a
 * period in whole months), what comes back (aggregates only, after the rules
 * in src/main/services/reports/anonymise.ts) and the JSON export format.
 */

/** A calendar month, `YYYY-MM`, in the facilitator's local time. */
export type YearMonth = string;
export type MonthRange = { from: YearMonth; to: YearMonth };

/** The longest period one report covers: twenty years of months. */
export const REPORT_MONTHS_MAX = 240;
export const REPORT_GROUPS_MAX = 100;

export const yearMonthSchema = z
  .string()
  .regex(/^(19|20|21)\d\d-(0[1-9]|1[0-2])$/, { message: 'invalid_month' });
const yearSchema = z.number().int().min(1900).max(2199);

/** Months counted from year 0, so ranges are plain integer arithmetic. */
export function monthNumber(month: YearMonth): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

export function monthFromNumber(n: number): YearMonth {
  const year = Math.floor(n / 12);
  return `${String(year).padStart(4, '0')}-${String((n % 12) + 1).padStart(2, '0')}`;
}

export function monthsOf(range: MonthRange): YearMonth[] {
  const first = monthNumber(range.from);
  const count = monthNumber(range.to) - first + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => monthFromNumber(first + i));
}

/** The month `at` falls in, in local time. */
export function monthOf(at: number): YearMonth {
  const d = new Date(at);
  return monthFromNumber(d.getFullYear() * 12 + d.getMonth());
}

/**
 * The last month that has fully ended at `now` (local time). Only closed
 * months are reported: a month's figures never change once they can be
 * exported, so two exports made a week apart cannot be subtracted to isolate
 * the sessions held in between.
 */
export function lastClosedMonth(now: number): YearMonth {
  return monthFromNumber(monthNumber(monthOf(now)) - 1);
}

export const reportPeriodSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('month'), month: yearMonthSchema }).strict(),
    z
      .object({
        kind: z.literal('quarter'),
        year: yearSchema,
        quarter: z.number().int().min(1).max(4),
      })
      .strict(),
    z.object({ kind: z.literal('year'), year: yearSchema }).strict(),
    z.object({ kind: z.literal('range'), from: yearMonthSchema, to: yearMonthSchema }).strict(),
  ])
  .superRefine((period, ctx) => {
    if (period.kind !== 'range') return;
    const span = monthNumber(period.to) - monthNumber(period.from) + 1;
    if (span < 1) ctx.addIssue({ code: 'custom', path: ['to'], message: 'before_start' });
    if (span > REPORT_MONTHS_MAX)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'too_long' });
  });
export type ReportPeriod = z.infer<typeof reportPeriodSchema>;

/** The whole months a period names (before the closed-month rule is applied). */
export function periodMonths(period: ReportPeriod): MonthRange {
  const pad = (n: number) => String(n).padStart(2, '0');
  switch (period.kind) {
    case 'month':
      return { from: period.month, to: period.month };
    case 'quarter': {
      const first = (period.quarter - 1) * 3 + 1;
      return { from: `${period.year}-${pad(first)}`, to: `${period.year}-${pad(first + 2)}` };
    }
    case 'year':
      return { from: `${period.year}-01`, to: `${period.year}-12` };
    case 'range':
      return { from: period.from, to: period.to };
    default: {
      const unreachable: never = period;
      throw new Error(`Unknown period ${JSON.stringify(unreachable)}`);
    }
  }
}

const requestShape = {
  groupIds: z
    .array(groupIdSchema)
    .min(1)
    .max(REPORT_GROUPS_MAX)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'duplicate_group' }),
  period: reportPeriodSchema,
};

export const reportRequestSchema = z.object(requestShape).strict();
export type ReportRequest = z.infer<typeof reportRequestSchema>;

export const reportExportFormats = ['csv', 'json', 'pdf'] as const;
export type ReportExportFormat = (typeof reportExportFormats)[number];
export const reportExportRequestSchema = z
  .object({ ...requestShape, format: z.enum(reportExportFormats) })
  .strict();
export type ReportExportRequest = z.infer<typeof reportExportRequestSchema>;

/**
 * A count of people after the rules: a number (rounded to the nearest 5), or
 * not shown — `small` when it is 1–4 (displayed `<5`), `hidden` when it was
 * withheld so that a small count cannot be worked out from a total (displayed
 * as withheld, e.g. « masqué », with the rule explained under the figures).
 */
export type ProtectedCount =
  { status: 'value'; value: number } | { status: 'small' } | { status: 'hidden' };

/** An average or share: computed only from published figures; `none` when there is nothing to average. */
export type DerivedFigure =
  { status: 'value'; value: number } | { status: 'hidden' } | { status: 'none' };

export type ReportFigures = {
  /** Events, not people: exact. */
  sessionsHeld: number;
  attendances: ProtectedCount;
  distinctParticipants: ProtectedCount;
  newParticipants: ProtectedCount;
  returningParticipants: ProtectedCount;
  /** Published attendances / sessions held, one decimal. */
  averageAttendance: DerivedFigure;
  /** Whole minutes, over held sessions that recorded an end. */
  averageSessionMinutes: DerivedFigure;
  /** Events, not people: exact. */
  roundsHeld: number;
  roundTurnsTaken: ProtectedCount;
  roundTurnsPassed: ProtectedCount;
  /** Whole percent of round turns taken (the rest were passed). */
  roundTurnsTakenPercent: DerivedFigure;
};

/** The order every view lists the figures in: the screen, the print page, the CSV. */
export const reportFigureOrder = [
  'sessionsHeld',
  'attendances',
  'distinctParticipants',
  'newParticipants',
  'returningParticipants',
  'averageAttendance',
  'averageSessionMinutes',
  'roundsHeld',
  'roundTurnsTaken',
  'roundTurnsPassed',
  'roundTurnsTakenPercent',
] as const satisfies readonly (keyof ReportFigures)[];

export type ReportMonth = { month: YearMonth; sessionsHeld: number; attendances: ProtectedCount };

export const REPORT_SMALL_COUNT_BELOW = 5;
export const REPORT_ROUNDING_BASE = 5;

/**
 * Everything a report shows — the Reports screen, the print page (PDF), the
 * CSV and JSON exports are all made from this object and nothing else. It
 * holds no id, key, name of a person, note or time of day, by construction.
 */
export type AnonymisedReport = {
  /** The months covered: the request, clipped to the last closed month. */
  period: MonthRange;
  requested: MonthRange;
  /** Names of the groups covered, in the order asked. */
  groups: string[];
  /** The month the report was produced in. */
  producedIn: YearMonth;
  figures: ReportFigures;
  /** Every month of the period, oldest first (for the chart). */
  monthly: ReportMonth[];
};

export const REPORT_FILE_FORMAT = 'cercle-report';
export const REPORT_FILE_VERSION = 1;

/** In files: a number, `"<5"`, or `"hidden"` (withheld to protect a small count). */
const fileCount = z.union([
  z
    .number()
    .int()
    .refine((n) => n === 0 || n >= REPORT_SMALL_COUNT_BELOW, { message: 'small_count' }),
  z.literal('<5'),
  z.literal('hidden'),
]);
const fileDerived = z.union([z.number().min(0), z.literal('hidden'), z.null()]);
const exactCount = z.number().int().min(0);

/** The JSON export, version 1. Parsed with this schema before it is written. */
export const reportFileSchema = z
  .object({
    format: z.literal(REPORT_FILE_FORMAT),
    version: z.literal(REPORT_FILE_VERSION),
    period: z.object({ from: yearMonthSchema, to: yearMonthSchema }).strict(),
    groups: z.array(z.string()),
    producedIn: yearMonthSchema,
    rule: z
      .object({
        smallCountsBelow: z.literal(REPORT_SMALL_COUNT_BELOW),
        roundedTo: z.literal(REPORT_ROUNDING_BASE),
        onlyClosedMonths: z.literal(true),
        text: z.string(),
      })
      .strict(),
    figures: z
      .object({
        sessionsHeld: exactCount,
        attendances: fileCount,
        distinctParticipants: fileCount,
        newParticipants: fileCount,
        returningParticipants: fileCount,
        averageAttendance: fileDerived,
        averageSessionMinutes: fileDerived,
        roundsHeld: exactCount,
        roundTurnsTaken: fileCount,
        roundTurnsPassed: fileCount,
        roundTurnsTakenPercent: fileDerived,
      })
      .strict(),
    monthly: z.array(
      z
        .object({ month: yearMonthSchema, sessionsHeld: exactCount, attendances: fileCount })
        .strict(),
    ),
  })
  .strict();
export type ReportFile = z.infer<typeof reportFileSchema>;

/**
 * The app route the print page (and so the PDF) shows. The page reads it back
 * with parseReportPrintRoute and asks `reports:compute` for the same figures.
 */
export function reportPrintRoute(groupIds: readonly string[], period: MonthRange): string {
  return `#/print/report?groups=${groupIds.join(',')}&from=${period.from}&to=${period.to}`;
}

/** The query part of a print route (after `?`) back into a request; null if it is not one. */
export function parseReportPrintQuery(query: string): ReportRequest | null {
  const params = new Map(
    query
      .replace(/^\?/, '')
      .split('&')
      .map((pair) => pair.split('=') as [string, string | undefined]),
  );
  const parsed = reportRequestSchema.safeParse({
    groupIds: (params.get('groups') ?? '').split(',').filter(Boolean),
    period: { kind: 'range', from: params.get('from'), to: params.get('to') },
  });
  return parsed.success ? parsed.data : null;
}
