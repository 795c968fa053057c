import { currentTimer, wrapUpWindowMs, type EngineState, type Phase, type Timer } from '../rounds';

/**
 * What a countdown shows at a given server time. Computed from the timer's
 * server timestamps (`endsAt`, or the time kept while paused), never by
 * counting ticks, so every page shows the same figure whatever its frame rate
 * or a tab throttled in the background.
 */
export type Countdown = {
  /** Time left, negative in overtime; null for a stopwatch (nothing counts down). */
  remainingMs: number | null;
  /** Time used so far (what a stopwatch shows). */
  elapsedMs: number;
  /** Allotted time, extensions included; null for a stopwatch. */
  durationMs: number | null;
  running: boolean;
  /** normal, then wrapUp for the last 20 % (at least 30 s), then overtime; null for a stopwatch. */
  phase: Phase | null;
};

/** The countdown of one timer at `serverNow`. */
export function countdownOf(timer: Timer, serverNow: number): Countdown {
  const running = timer.runningSince !== null;
  // A client a little behind the server may read a time before the stretch began: no time used yet.
  const elapsedMs =
    timer.elapsedMs +
    (timer.runningSince === null ? 0 : Math.max(0, serverNow - timer.runningSince));
  const durationMs = timer.durationMs;
  let remainingMs: number | null = null;
  if (durationMs !== null) {
    const full = durationMs - timer.elapsedMs;
    remainingMs =
      timer.endsAt !== null
        ? Math.min(full, timer.endsAt - serverNow)
        : (timer.remainingMs ?? full);
  }
  return { remainingMs, elapsedMs, durationMs, running, phase: phaseOf(remainingMs, durationMs) };
}

/** The countdown on screen (the speaker's, or the free-time block's); null when nothing runs. */
export function activityCountdown(state: EngineState, serverNow: number): Countdown | null {
  const timer = currentTimer(state);
  return timer === null ? null : countdownOf(timer, serverNow);
}

function phaseOf(remainingMs: number | null, durationMs: number | null): Phase | null {
  if (remainingMs === null || durationMs === null) return null;
  if (remainingMs <= 0) return 'overtime';
  return remainingMs <= wrapUpWindowMs(durationMs) ? 'wrapUp' : 'normal';
}

/**
 * Minutes and seconds as a clock face shows them: time left rounds up (the
 * face reads 0:01 until the very end, and 0:00 exactly at zero), overtime
 * counts up from 0:00 with `overtime` set. Formatting is left to the UI.
 */
export function clockFace(ms: number): { overtime: boolean; minutes: number; seconds: number } {
  const overtime = ms < 0;
  const whole = overtime ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  return { overtime, minutes: Math.floor(whole / 60), seconds: whole % 60 };
}
