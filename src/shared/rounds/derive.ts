import { assertUnreachable } from '../errors';
import { recordActivity } from './reduce';
import type { EngineState, Timer, TurnOutcome } from './state';
import { timerElapsedMs, timerRemainingMs } from './timer';

/** The countdown on screen: the speaker's, or the free-time block's. */
export function currentTimer(state: EngineState): Timer | null {
  return state.activity?.timer ?? null;
}

/** Time left at `serverNow` (negative in overtime); null when nothing counts down. */
export function remainingMs(state: EngineState, serverNow: number): number | null {
  const timer = currentTimer(state);
  return timer === null ? null : timerRemainingMs(timer, serverNow);
}

/** Time the current speaker (or block) has used at `serverNow`; null when nothing runs. */
export function elapsedMs(state: EngineState, serverNow: number): number | null {
  const timer = currentTimer(state);
  return timer === null ? null : timerElapsedMs(timer, serverNow);
}

export type Phase = 'normal' | 'wrapUp' | 'overtime';

/**
 * The "wrap up" stretch at the end of a countdown: the last 20 %, but at least
 * 30 s so a speaker has time to conclude, and never more than half the time so
 * a short turn (a 30 s check-in) does not show the warning from its first
 * second, where it would tell nobody anything.
 */
export function wrapUpWindowMs(durationMs: number): number {
  return Math.min(Math.max(Math.ceil(durationMs * 0.2), 30_000), Math.floor(durationMs / 2));
}

/** Which colour the countdown shows; `overtime` from the moment it reaches zero. */
export function phase(state: EngineState, serverNow: number): Phase | null {
  const timer = currentTimer(state);
  const left = timer === null ? null : timerRemainingMs(timer, serverNow);
  if (timer?.durationMs == null || left === null) return null;
  if (left <= 0) return 'overtime';
  return left <= wrapUpWindowMs(timer.durationMs) ? 'wrapUp' : 'normal';
}

/**
 * Where someone stands. `ahead` counts the people who will speak before them,
 * the current speaker excluded: 0 means "you are next".
 */
export type Place =
  | { status: 'speaking' }
  | { status: 'waiting'; ahead: number }
  | { status: 'done'; outcome: Exclude<TurnOutcome, 'pending' | 'speaking'> };

/** The person's place in the talking order or the raised-hand queue; null if they have none. */
export function placeInOrder(state: EngineState, peerId: string): Place | null {
  const activity = state.activity;
  if (activity === null || activity.kind === 'freeTime') return null;
  if (activity.speaker === peerId) return { status: 'speaking' };
  if (activity.kind === 'openFloor') {
    const index = activity.queue.findIndex((q) => q.peerId === peerId);
    return index === -1 ? null : { status: 'waiting', ahead: index };
  }
  const index = activity.turns.findIndex((t) => t.peerId === peerId);
  const turn = activity.turns[index];
  if (turn === undefined) return null;
  switch (turn.outcome) {
    case 'pending': {
      const ahead = activity.turns.slice(0, index).filter((t) => t.outcome === 'pending').length;
      return { status: 'waiting', ahead };
    }
    case 'speaking':
      return { status: 'speaking' };
    case 'spoke':
    case 'passed':
    case 'skipped':
    case 'left':
      return { status: 'done', outcome: turn.outcome };
    default:
      return assertUnreachable(turn.outcome);
  }
}

/** One person's figures over the session, for attendance. */
export type PeerTally = {
  peerId: string;
  /** Round turns taken (a turn under way or cut by the end of the round counts). */
  spoke: number;
  passed: number;
  skipped: number;
  /** Floors held in open floors. */
  floors: number;
  /** Speaking time over rounds and open floors. */
  spokenMs: number;
};

/** Turns and floors per person over the kept history and the activity under way, by peerId. */
export function attendance(state: EngineState): PeerTally[] {
  const tallies = new Map<string, PeerTally>();
  const tally = (peerId: string): PeerTally => {
    const existing = tallies.get(peerId);
    if (existing) return existing;
    const created = { peerId, spoke: 0, passed: 0, skipped: 0, floors: 0, spokenMs: 0 };
    tallies.set(peerId, created);
    return created;
  };
  const records = state.activity
    ? [...state.history, recordActivity(state.activity, state.at)]
    : state.history;
  for (const record of records) {
    if (record.kind === 'round') {
      for (const turn of record.turns) {
        if (turn.outcome === 'pending') continue;
        const t = tally(turn.peerId);
        if (turn.outcome === 'spoke') t.spoke++;
        if (turn.outcome === 'passed') t.passed++;
        if (turn.outcome === 'skipped') t.skipped++;
        t.spokenMs += turn.spokenMs;
      }
    } else if (record.kind === 'openFloor') {
      for (const floor of record.floors) {
        const t = tally(floor.peerId);
        t.floors += floor.count;
        t.spokenMs += floor.spokenMs;
      }
    }
  }
  return [...tallies.values()].sort((a, b) =>
    a.peerId < b.peerId ? -1 : a.peerId > b.peerId ? 1 : 0,
  );
}
