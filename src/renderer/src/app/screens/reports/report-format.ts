import { useMemo } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { assertUnreachable } from '../../../../../shared/errors';
import type {
  DerivedFigure,
  MonthRange,
  ProtectedCount,
  ReportFigures,
  YearMonth,
} from '../../../../../shared/reports';

export type FigureKey = keyof ReportFigures;

/** How a figure shows: a value, `<5`, withheld, or nothing to average. */
export type Shown = { text: string; state: 'value' | 'small' | 'hidden' | 'none' };

// The 15th at noon UTC is inside the same month in every time zone.
const monthDate = (month: YearMonth) =>
  Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 15, 12);

/** Report figures and months in the interface's language; a month is all a report says of a date. */
export function useReportFormat() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const integer = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
    const decimal = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
    const monthLong = new Intl.DateTimeFormat(language, {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const monthOnly = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
    const monthShort = new Intl.DateTimeFormat(language, { month: 'short', timeZone: 'UTC' });
    const list = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' });

    const count = (c: ProtectedCount): Shown => {
      switch (c.status) {
        case 'value':
          return { text: integer.format(c.value), state: 'value' };
        case 'small':
          return { text: t('reports.values.small'), state: 'small' };
        case 'hidden':
          return { text: t('reports.values.hidden'), state: 'hidden' };
        default:
          return assertUnreachable(c);
      }
    };

    const derived = (d: DerivedFigure, show: (value: number) => string): Shown => {
      switch (d.status) {
        case 'value':
          return { text: show(d.value), state: 'value' };
        case 'hidden':
          return { text: t('reports.values.hidden'), state: 'hidden' };
        case 'none':
          return { text: t('reports.values.none'), state: 'none' };
        default:
          return assertUnreachable(d);
      }
    };

    const figure = (figures: ReportFigures, key: FigureKey): Shown => {
      switch (key) {
        case 'sessionsHeld':
        case 'roundsHeld':
          return { text: integer.format(figures[key]), state: 'value' };
        case 'attendances':
        case 'distinctParticipants':
        case 'newParticipants':
        case 'returningParticipants':
        case 'roundTurnsTaken':
        case 'roundTurnsPassed':
          return count(figures[key]);
        case 'averageAttendance':
          return derived(figures.averageAttendance, (v) => decimal.format(v));
        case 'averageSessionMinutes':
          return derived(figures.averageSessionMinutes, (v) =>
            t('reports.values.minutes', { value: integer.format(v) }),
          );
        case 'roundTurnsTakenPercent':
          return derived(figures.roundTurnsTakenPercent, (v) =>
            t('reports.values.percent', { value: integer.format(v) }),
          );
        default:
          return assertUnreachable(key);
      }
    };

    const month = (m: YearMonth) => monthLong.format(monthDate(m));

    /** « juillet – septembre 2026 », « novembre 2025 – février 2026 », « mars 2026 ». */
    const period = (range: MonthRange) => {
      if (range.from === range.to) return month(range.from);
      if (range.from.slice(0, 4) === range.to.slice(0, 4)) {
        return `${monthOnly.format(monthDate(range.from))} – ${month(range.to)}`;
      }
      return `${month(range.from)} – ${month(range.to)}`;
    };

    return {
      integer: (n: number) => integer.format(n),
      count,
      figure,
      month,
      monthShort: (m: YearMonth) => monthShort.format(monthDate(m)),
      monthName: (m: YearMonth) => monthOnly.format(monthDate(m)),
      period,
      groups: (names: readonly string[]) => list.format(names),
    };
  }, [language, t]);
}

export type ReportFormat = ReturnType<typeof useReportFormat>;
