import type { ReportFigures } from './reports';
import type { Language } from './settings';

/**
 * The words a report's figures are published under — on the Reports screen,
 * the printed page, and in the CSV and JSON files — from this one place, so
 * a funder reads the same words wherever the figures reach them. The screen
 * takes them through i18n (fr-reports.ts, en-reports.ts), the main process
 * for its exports (services/reports/export-text.ts).
 */
export type ReportWords = {
  figures: Record<keyof ReportFigures, string>;
  /** Shown for a count from 1 to 4. */
  small: string;
  /** Shown for a count withheld so that a small one cannot be worked out. */
  hidden: string;
  /** Shown where there is nothing to average. */
  none: string;
  /** The anonymisation rule, in one sentence, under every report. */
  rule: string;
};

export const reportWords: Record<Language, ReportWords> = {
  fr: {
    figures: {
      sessionsHeld: 'Séances tenues',
      attendances: 'Participations',
      distinctParticipants: 'Personnes différentes',
      newParticipants: 'Nouvelles personnes',
      returningParticipants: 'Personnes revenues',
      averageAttendance: 'Participation moyenne par séance',
      averageSessionMinutes: 'Durée moyenne d’une séance',
      roundsHeld: 'Tours de parole',
      roundTurnsTaken: 'Tours pris',
      roundTurnsPassed: 'Tours passés',
      roundTurnsTakenPercent: 'Part des tours pris',
    },
    small: '<5',
    hidden: 'masqué',
    none: 'sans objet',
    rule: 'Pour que personne ne puisse être reconnu, ces chiffres sont des totaux sans aucune donnée individuelle, les nombres de personnes sont arrondis à 5 près, ceux de 1 à 4 s’affichent «\u00a0<5\u00a0», un autre nombre est «\u00a0masqué\u00a0» quand il permettrait de retrouver un petit nombre par soustraction, et seuls les mois terminés comptent.',
  },
  en: {
    figures: {
      sessionsHeld: 'Sessions held',
      attendances: 'Attendances',
      distinctParticipants: 'Different people',
      newParticipants: 'New people',
      returningParticipants: 'Returning people',
      averageAttendance: 'Average attendance per session',
      averageSessionMinutes: 'Average session length',
      roundsHeld: 'Speaking rounds',
      roundTurnsTaken: 'Turns taken',
      roundTurnsPassed: 'Turns passed',
      roundTurnsTakenPercent: 'Share of turns taken',
    },
    small: '<5',
    hidden: 'hidden',
    none: 'n/a',
    rule: 'So that nobody can be recognised, these figures are totals with no individual data, counts of people are rounded to the nearest 5, counts from 1 to 4 show as “<5”, another count is “hidden” when it would let a small one be worked out by subtraction, and only months that have ended are counted.',
  },
};

/**
 * The unit of a figure that has one. The screen writes it beside the value
 * ("95 min"); a file holds bare numbers, so there it goes with the label.
 */
export const reportFigureUnits: Partial<Record<keyof ReportFigures, Record<Language, string>>> = {
  averageSessionMinutes: { fr: 'minutes', en: 'minutes' },
  roundTurnsTakenPercent: { fr: '%', en: '%' },
};
