import { assertUnreachable } from '../errors';
import { done, fail, type EventOf, type Step } from './events';
import type { ActivityRecord, FreeTimeState } from './state';
import { extendTimer, isRunning, pauseTimer, resumeTimer, startTimer } from './timer';

export type FreeTimeActionEvent = EventOf<'free.pause' | 'free.resume' | 'free.extend'>;

export function startFreeTime(event: EventOf<'free.start'>): FreeTimeState {
  return { kind: 'freeTime', startedAt: event.at, timer: startTimer(event.at, event.durationMs) };
}

/** The countdown never ends by itself: past zero it shows overtime until the facilitator ends it. */
export function reduceFreeTime(
  free: FreeTimeState,
  event: FreeTimeActionEvent,
): Step<FreeTimeState> {
  switch (event.type) {
    case 'free.pause':
      if (!isRunning(free.timer)) return fail('ALREADY_PAUSED', 'The countdown is paused.');
      return done({ ...free, timer: pauseTimer(free.timer, event.at) });
    case 'free.resume':
      if (isRunning(free.timer)) return fail('NOT_PAUSED', 'The countdown is running.');
      return done({ ...free, timer: resumeTimer(free.timer, event.at) });
    case 'free.extend':
      return done({ ...free, timer: extendTimer(free.timer, event.ms) });
    default:
      return assertUnreachable(event);
  }
}

export function recordFreeTime(free: FreeTimeState, at: number): ActivityRecord {
  return { kind: 'freeTime', startedAt: free.startedAt, endedAt: at };
}
