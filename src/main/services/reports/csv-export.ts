import { assertUnreachable } from '../../../shared/errors';
import {
  reportFigureOrder,
  type AnonymisedReport,
  type DerivedFigure,
  type ProtectedCount,
} from '../../../shared/reports';
import type { Language } from '../../../shared/settings';
import { exportText, monthInWords, periodInWords, type ExportText } from './export-text';

/**
 * The CSV export: a header (title, period, groups, the rule), then one small
 * table per figure and one for the months. It is built from the anonymised
 * report only — it cannot print what that object does not hold.
 *
 * Written for spreadsheets in the facilitator's language: UTF-8 with a byte
 * order mark (so Excel reads accents right), CRLF lines, and the separators a
 * French Excel expects — `;` between fields and a decimal comma — or, in
 * English, `,` and a decimal point.
 */

const BOM = '\uFEFF';

type Format = { separator: string; decimal: string };
const formats: Record<Language, Format> = {
  fr: { separator: ';', decimal: ',' },
  en: { separator: ',', decimal: '.' },
};

/** RFC 4180 quoting, and no leading = + - @ that a spreadsheet would run as a formula. */
export function csvField(value: string, separator: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\r\n]/.test(safe) || safe !== safe.trim()
    ? `"${safe.replace(/"/g, '""')}"`
    : safe;
}

export function figureText(
  figure: number | ProtectedCount | DerivedFigure,
  text: ExportText,
  decimal: string,
): string {
  if (typeof figure === 'number') return String(figure);
  switch (figure.status) {
    case 'value':
      return String(figure.value).replace('.', decimal);
    case 'small':
      return text.small;
    case 'hidden':
      return text.hidden;
    case 'none':
      return text.none;
    default:
      return assertUnreachable(figure);
  }
}

export function reportCsv(report: AnonymisedReport, language: Language): string {
  const text = exportText(language);
  const { separator, decimal } = formats[language];
  const rows: string[][] = [];
  const period = periodInWords(report.period, language);
  rows.push([text.title]);
  rows.push([text.period, period]);
  rows.push([text.groups, ...report.groups]);
  rows.push([text.producedIn, monthInWords(report.producedIn, language)]);
  rows.push([text.ruleHeading, text.rule]);
  for (const key of reportFigureOrder) {
    rows.push([], [text.figures[key]], [text.period, text.figures[key]]);
    rows.push([period, figureText(report.figures[key], text, decimal)]);
  }
  rows.push([], [text.monthly]);
  rows.push([text.month, text.figures.sessionsHeld, text.figures.attendances]);
  for (const m of report.monthly) {
    rows.push([m.month, String(m.sessionsHeld), figureText(m.attendances, text, decimal)]);
  }
  return (
    BOM +
    rows.map((r) => r.map((f) => csvField(f, separator)).join(separator)).join('\r\n') +
    '\r\n'
  );
}
