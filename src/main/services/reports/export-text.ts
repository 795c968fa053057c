import type { ReportFigures } from '../../../shared/reports';
import type { Language } from '../../../shared/settings';

/**
 * The words of exported reports. Exports are written by the main process in
 * the facilitator's language, so their words live here rather than in the
 * renderer's i18n catalogue.
 */
export type ExportText = {
  title: string;
  period: string;
  groups: string;
  producedIn: string;
  rule: string;
  ruleText: string;
  month: string;
  monthly: string;
  /** Shown for a count from 1 to 4. */
  small: string;
  /** Shown for a count withheld so that a small one cannot be worked out. */
  hidden: string;
  /** Shown where there is nothing to average. */
  none: string;
  figures: Record<keyof ReportFigures, string>;
  fileName: string;
};

const fr: ExportText = {
  title: 'Cercle — rapport de fréquentation anonymisé',
  period: 'Période',
  groups: 'Groupes',
  producedIn: 'Produit en',
  rule: 'Règle d’anonymisation',
  ruleText:
    'Chiffres agrégés uniquement, sans aucune donnée individuelle. Les nombres de personnes de 1 à 4 ' +
    'sont affichés « <5 » ; quand l’un d’eux pourrait être retrouvé par soustraction, un autre nombre ' +
    'est masqué (« masqué »). Les autres nombres de personnes sont arrondis à 5 près. Seuls les mois ' +
    'terminés sont inclus.',
  month: 'Mois',
  monthly: 'Par mois',
  small: '<5',
  hidden: 'masqué',
  none: 's.o.',
  figures: {
    sessionsHeld: 'Séances tenues',
    attendances: 'Participations',
    distinctParticipants: 'Personnes différentes',
    newParticipants: 'Nouvelles personnes',
    returningParticipants: 'Personnes revenues',
    averageAttendance: 'Participation moyenne par séance',
    averageSessionMinutes: 'Durée moyenne d’une séance (minutes)',
    roundsHeld: 'Tours de parole',
    roundTurnsTaken: 'Tours pris',
    roundTurnsPassed: 'Tours passés',
    roundTurnsTakenPercent: 'Part des tours pris (%)',
  },
  fileName: 'rapport-frequentation',
};

const en: ExportText = {
  title: 'Cercle — anonymised attendance report',
  period: 'Period',
  groups: 'Groups',
  producedIn: 'Produced in',
  rule: 'Anonymisation rule',
  ruleText:
    'Aggregate figures only, with no individual data. Counts of people from 1 to 4 show as "<5"; ' +
    'where one could be worked out by subtraction, another count is withheld ("hidden"). Other ' +
    'counts of people are rounded to the nearest 5. Only months that have ended are included.',
  month: 'Month',
  monthly: 'By month',
  small: '<5',
  hidden: 'hidden',
  none: 'n/a',
  figures: {
    sessionsHeld: 'Sessions held',
    attendances: 'Attendances',
    distinctParticipants: 'Different people',
    newParticipants: 'New people',
    returningParticipants: 'Returning people',
    averageAttendance: 'Average attendance per session',
    averageSessionMinutes: 'Average session length (minutes)',
    roundsHeld: 'Speaking rounds',
    roundTurnsTaken: 'Turns taken',
    roundTurnsPassed: 'Turns passed',
    roundTurnsTakenPercent: 'Share of turns taken (%)',
  },
  fileName: 'attendance-report',
};

export function exportText(language: Language): ExportText {
  return language === 'fr' ? fr : en;
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
