import { useMemo } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { minutesToClock } from '../../../../../shared/plans/schedule';

export type TimeFormat = {
  /** Minutes after midnight of the first day → "18:30", "00:10 (lendemain)". */
  clock(minutes: number): string;
  /** A length in minutes → "45 min", "1 h 30". */
  duration(minutes: number): string;
  /** A per-speaker time in seconds → "1 min 30 s", "45 s", "5 min". */
  turn(seconds: number): string;
};

/** Times and lengths as people say them; the arithmetic itself is shared/plans/schedule. */
export function useTimeFormat(): TimeFormat {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      clock(minutes) {
        const { clock, dayOffset } = minutesToClock(minutes);
        if (dayOffset === 0) return clock;
        return dayOffset === 1
          ? t('prep.time.nextDay', { clock })
          : t('prep.time.laterDay', { clock, count: dayOffset });
      },
      duration(minutes) {
        const h = Math.floor(minutes / 60);
        const m = minutes % 60;
        if (h === 0) return t('prep.time.minutes', { count: m });
        if (m === 0) return t('prep.time.hours', { count: h });
        return t('prep.time.hoursMinutes', { h, m, mm: String(m).padStart(2, '0') });
      },
      turn(seconds) {
        const m = Math.floor(seconds / 60);
        const s = seconds % 60;
        if (m === 0) return t('prep.time.seconds', { count: s });
        if (s === 0) return t('prep.time.minutes', { count: m });
        return t('prep.time.minutesSeconds', { m, s });
      },
    }),
    [t],
  );
}
