/**
 * A time as people type it, on the 24-hour clock: "18:30", "18h30", "18 h", "9:05".
 * Returns "HH:MM" (what clockTimeSchema accepts) or null. A text field rather
 * than <input type=time>, whose 12-hour display follows the system, not Cercle.
 */
export function normalizeClock(typed: string): string | null {
  const match = /^(\d{1,2})\s*(?::|h|H)\s*(\d{2})?$/.exec(typed.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
