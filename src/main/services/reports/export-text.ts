import { reportFigureUnits, reportWords, type ReportWords } from '../../../shared/report-words';
import type { ReportFigures } from '../../../shared/reports';
import type { Language } from '../../../shared/settings';

/**
 * The words of exported reports. Exports are written by the main process in
 * the facilitator's language. The figures' labels and the rule are the
 * screen's own (shared/report-words.ts); only the files' own headings live here.
 */
export type ExportText = ReportWords & {
  title: string;
  period: string;
  groups: string;
  producedIn: string;
  /** The heading of the rule's line. */
  ruleHeading: string;
  month: string;
  monthly: string;
  fileName: string;
};

/** A figure's label in a file: the screen's words, with the unit a bare number needs. */
function fileLabels(language: Language): ReportWords['figures'] {
  const words = reportWords[language].figures;
  const labels = { ...words };
  for (const key of Object.keys(reportFigureUnits) as (keyof ReportFigures)[]) {
    const unit = reportFigureUnits[key]?.[language];
    if (unit) labels[key] = `${words[key]} (${unit})`;
  }
  return labels;
}

const headings: Record<Language, Omit<ExportText, keyof ReportWords>> = {
  fr: {
    title: 'Cercle — rapport de fréquentation anonymisé',
    period: 'Période',
    groups: 'Groupes',
    producedIn: 'Produit en',
    ruleHeading: 'Règle d’anonymisation',
    month: 'Mois',
    monthly: 'Par mois',
    fileName: 'rapport-frequentation',
  },
  en: {
    title: 'Cercle — anonymised attendance report',
    period: 'Period',
    groups: 'Groups',
    producedIn: 'Produced in',
    ruleHeading: 'Anonymisation rule',
    month: 'Month',
    monthly: 'By month',
    fileName: 'attendance-report',
  },
};

export function exportText(language: Language): ExportText {
  return { ...reportWords[language], ...headings[language], figures: fileLabels(language) };
}

/** A month in words ("janvier 2025"); the month is all a report ever says of a date. */
export function monthInWords(month: string, language: Language): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(year, m - 1, 15));
}

export function periodInWords(range: { from: string; to: string }, language: Language): string {
  const from = monthInWords(range.from, language);
  return range.from === range.to ? from : `${from} – ${monthInWords(range.to, language)}`;
}
