import { activityCountdown, clockFace } from '../../../shared/clock';
import type { EngineState, Phase } from '../../../shared/rounds';

/** What the colour of a countdown means, said in words next to it. */
export type CountdownStatus = Phase | 'paused' | 'stopwatch';

export type CountdownView = {
  /** Time left (negative in overtime); null for a stopwatch. */
  remainingMs: number | null;
  elapsedMs: number;
  phase: Phase | null;
  status: CountdownStatus;
  /** "2:05", "+0:15" in overtime, or the time used for a stopwatch. */
  clock: string;
};

/** "m:ss"; overtime counts up from 0:00 behind a plus sign. */
export function formatClock(ms: number): string {
  const face = clockFace(ms);
  const text = `${face.minutes}:${String(face.seconds).padStart(2, '0')}`;
  return face.overtime ? `+${text}` : text;
}

/** The countdown on screen at `serverNow`, or null when nothing is timed. */
export function countdownView(state: EngineState | null, serverNow: number): CountdownView | null {
  const countdown = state ? activityCountdown(state, serverNow) : null;
  if (countdown === null) return null;
  const { remainingMs, elapsedMs, phase, running } = countdown;
  if (remainingMs === null) {
    return {
      remainingMs,
      elapsedMs,
      phase: null,
      status: running ? 'stopwatch' : 'paused',
      clock: formatClock(elapsedMs),
    };
  }
  return {
    remainingMs,
    elapsedMs,
    phase,
    status: running ? (phase ?? 'normal') : 'paused',
    clock: formatClock(remainingMs),
  };
}

/** Whose countdown this is: a new turn or block starts its warnings afresh. */
export function timerKey(state: EngineState | null): string | null {
  const activity = state?.activity;
  if (!activity || activity.timer === null) return null;
  const who = activity.kind === 'freeTime' ? '' : (activity.speaker ?? '');
  return `${activity.kind}:${activity.startedAt}:${who}:${activity.timer.startedAt}`;
}

/**
 * A warning worth interrupting for: only when the same countdown moves on
 * to "wrap up" or to overtime, never on the first look at it nor when an
 * extension brings it back.
 */
export function timeWarning(
  before: Phase | null,
  after: Phase | null,
): 'wrapUp' | 'overtime' | null {
  if (before === null || after === null || before === after) return null;
  if (after === 'overtime') return 'overtime';
  if (after === 'wrapUp' && before === 'normal') return 'wrapUp';
  return null;
}
