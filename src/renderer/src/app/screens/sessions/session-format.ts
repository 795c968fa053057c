import { useMemo } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { normalizeClock } from '../plans/clock-input';

/** « 3 mars 2025 à 18:30 »: when a version was saved. */
export function useDateTimeFormat(): (epochMs: number) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' });
    return (epochMs) => format.format(epochMs);
  }, [language]);
}

/** « mardi 14 octobre 2025 à 18:30 »: when a session takes place, as people say it. */
export function useSessionDateFormat(): (epochMs: number) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(language, { dateStyle: 'full', timeStyle: 'short' });
    return (epochMs) => format.format(epochMs);
  }, [language]);
}

/** The local "HH:MM" of a moment: the start a session's timetable counts from. */
export function localClock(epochMs: number): string {
  const date = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A date and a time typed in the form → epoch milliseconds in local time, or null. */
export function localMoment(date: string, time: string): number | null {
  const clock = normalizeClock(time);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || clock === null) return null;
  const value = new Date(`${date}T${clock}:00`).getTime();
  return Number.isNaN(value) ? null : value;
}
