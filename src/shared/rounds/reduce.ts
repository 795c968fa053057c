import { assertUnreachable } from '../errors';
import { done, fail, type EngineEvent, type EventOf, type ReduceResult, type Step } from './events';
import { recordFreeTime, reduceFreeTime, startFreeTime } from './free-time';
import { openFloorPeerLeft, recordOpenFloor, reduceOpenFloor, startOpenFloor } from './open-floor';
import { insertAtTail } from './order';
import { recordRound, reduceRound, roundPeerJoined, roundPeerLeft, startRound } from './round';
import {
  HISTORY_MAX,
  PEERS_MAX,
  type Activity,
  type ActivityKind,
  type ActivityRecord,
  type EngineState,
} from './state';

type ActivityOf<K extends ActivityKind> = Extract<Activity, { kind: K }>;

/**
 * The engine: the next state after one event. Pure and deterministic; a
 * refused event returns the very same state with a typed error.
 */
export function reduce(state: EngineState, event: EngineEvent): ReduceResult {
  const step =
    event.at < state.at
      ? fail<EngineState>('TIME_WENT_BACKWARDS', `Event at ${event.at} is before ${state.at}.`)
      : apply(state, event);
  return step.ok
    ? { ok: true, state: { ...step.value, at: event.at } }
    : { ok: false, state, error: step.error };
}

function apply(state: EngineState, event: EngineEvent): Step<EngineState> {
  switch (event.type) {
    case 'peer.joined':
      return peerJoined(state, event.peerId, event.at);
    case 'peer.left':
      return peerLeft(state, event.peerId, event.at);
    case 'round.start':
    case 'floor.start':
    case 'free.start':
      return start(state, event);
    case 'round.end':
    case 'floor.end':
    case 'free.end':
      return end(state, event);
    case 'round.next':
    case 'round.pass':
    case 'round.skip':
    case 'round.extend':
    case 'round.pause':
    case 'round.resume':
    case 'round.back':
    case 'round.reorder': {
      const round = current(state, 'round');
      return round.ok ? replace(state, reduceRound(round.value, event, state.roster)) : round;
    }
    case 'floor.raiseHand':
    case 'floor.lowerHand':
    case 'floor.giveFloor':
    case 'floor.next':
    case 'floor.clearQueue': {
      const floor = current(state, 'openFloor');
      return floor.ok ? replace(state, reduceOpenFloor(floor.value, event, state.roster)) : floor;
    }
    case 'free.pause':
    case 'free.resume':
    case 'free.extend': {
      const free = current(state, 'freeTime');
      return free.ok ? replace(state, reduceFreeTime(free.value, event)) : free;
    }
    default:
      return assertUnreachable(event);
  }
}

function current<K extends ActivityKind>(state: EngineState, kind: K): Step<ActivityOf<K>> {
  const activity = state.activity;
  if (activity === null) return fail('NO_ACTIVITY', 'Nothing is running.');
  if (activity.kind !== kind) {
    return fail('WRONG_KIND', `A ${activity.kind} is running, not a ${kind}.`);
  }
  return done(activity as ActivityOf<K>);
}

function replace(state: EngineState, step: Step<Activity>): Step<EngineState> {
  return step.ok ? done({ ...state, activity: step.value }) : step;
}

function start(
  state: EngineState,
  event: EventOf<'round.start' | 'floor.start' | 'free.start'>,
): Step<EngineState> {
  if (state.activity !== null) {
    return fail('ACTIVITY_IN_PROGRESS', `End the ${state.activity.kind} first.`);
  }
  switch (event.type) {
    case 'round.start':
      return replace(state, startRound(event, state.roster));
    case 'floor.start':
      return done({ ...state, activity: startOpenFloor(event) });
    case 'free.start':
      return done({ ...state, activity: startFreeTime(event) });
    default:
      return assertUnreachable(event);
  }
}

const kindEndedBy = {
  'round.end': 'round',
  'floor.end': 'openFloor',
  'free.end': 'freeTime',
} as const satisfies Record<string, ActivityKind>;

function end(
  state: EngineState,
  event: EventOf<'round.end' | 'floor.end' | 'free.end'>,
): Step<EngineState> {
  const activity = current(state, kindEndedBy[event.type]);
  if (!activity.ok) return activity;
  const history = [...state.history, recordActivity(activity.value, event.at)].slice(-HISTORY_MAX);
  return done({ ...state, activity: null, history });
}

/** The activity as if it ended at `at`: what attendance keeps of it. */
export function recordActivity(activity: Activity, at: number): ActivityRecord {
  switch (activity.kind) {
    case 'round':
      return recordRound(activity, at);
    case 'openFloor':
      return recordOpenFloor(activity, at);
    case 'freeTime':
      return recordFreeTime(activity, at);
    default:
      return assertUnreachable(activity);
  }
}

function peerJoined(state: EngineState, peerId: string, at: number): Step<EngineState> {
  if (state.roster.some((r) => r.peerId === peerId)) {
    return fail('ALREADY_PRESENT', `${peerId} is already in the call.`);
  }
  if (state.roster.length >= PEERS_MAX) return fail('ROOM_FULL', 'The room is full.');
  const roster = insertAtTail(
    state.roster,
    { peerId, joinedAt: at },
    (r) => r.joinedAt,
    (r) => r.peerId,
  );
  const activity =
    state.activity?.kind === 'round' ? roundPeerJoined(state.activity, peerId, at) : state.activity;
  return done({ ...state, roster, activity });
}

function peerLeft(state: EngineState, peerId: string, at: number): Step<EngineState> {
  if (!state.roster.some((r) => r.peerId === peerId)) {
    return fail('UNKNOWN_PEER', `${peerId} is not in the call.`);
  }
  const roster = state.roster.filter((r) => r.peerId !== peerId);
  return done({ ...state, roster, activity: activityAfterLeaving(state.activity, peerId, at) });
}

function activityAfterLeaving(
  activity: Activity | null,
  peerId: string,
  at: number,
): Activity | null {
  if (activity === null) return null;
  switch (activity.kind) {
    case 'round':
      return roundPeerLeft(activity, peerId, at);
    case 'openFloor':
      return openFloorPeerLeft(activity, peerId, at);
    case 'freeTime':
      return activity;
    default:
      return assertUnreachable(activity);
  }
}
