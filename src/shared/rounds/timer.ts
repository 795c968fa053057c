import type { Timer } from './state';

/** Builds a timer from its source fields; `endsAt` and `remainingMs` follow from them. */
function makeTimer(
  startedAt: number,
  durationMs: number | null,
  elapsedMs: number,
  runningSince: number | null,
): Timer {
  const left = durationMs === null ? null : durationMs - elapsedMs;
  return {
    startedAt,
    durationMs,
    elapsedMs,
    runningSince,
    endsAt: left === null || runningSince === null ? null : runningSince + left,
    remainingMs: runningSince === null ? left : null,
  };
}

/** A running timer; `elapsedMs` is time already used (a turn given back keeps what was spoken). */
export function startTimer(at: number, durationMs: number | null, elapsedMs = 0): Timer {
  return makeTimer(at, durationMs, elapsedMs, at);
}

/**
 * Time used at `now`. A `now` before the running stretch began (a client whose
 * clock offset is slightly off) counts as no time, so time used never goes down.
 */
export function timerElapsedMs(timer: Timer, now: number): number {
  const running = timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince);
  return timer.elapsedMs + running;
}

/** Time left at `now`, negative in overtime; null when nothing counts down. */
export function timerRemainingMs(timer: Timer, now: number): number | null {
  return timer.durationMs === null ? null : timer.durationMs - timerElapsedMs(timer, now);
}

export const isRunning = (timer: Timer): boolean => timer.runningSince !== null;

export function pauseTimer(timer: Timer, at: number): Timer {
  return makeTimer(timer.startedAt, timer.durationMs, timerElapsedMs(timer, at), null);
}

export function resumeTimer(timer: Timer, at: number): Timer {
  return makeTimer(timer.startedAt, timer.durationMs, timer.elapsedMs, at);
}

export function extendTimer(timer: Timer, ms: number): Timer {
  const duration = timer.durationMs === null ? null : timer.durationMs + ms;
  return makeTimer(timer.startedAt, duration, timer.elapsedMs, timer.runningSince);
}
