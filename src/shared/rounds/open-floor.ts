import { assertUnreachable } from '../errors';
import { done, fail, type EventOf, type Step } from './events';
import { insertAtTail } from './order';
import type { ActivityRecord, FloorTally, OpenFloorState, QueueEntry, RosterEntry } from './state';
import { startTimer, timerElapsedMs } from './timer';

export type OpenFloorActionEvent = EventOf<
  'floor.raiseHand' | 'floor.lowerHand' | 'floor.giveFloor' | 'floor.next' | 'floor.clearQueue'
>;

export function startOpenFloor(event: EventOf<'floor.start'>): OpenFloorState {
  return {
    kind: 'openFloor',
    startedAt: event.at,
    turnMs: event.turnMs,
    queue: [],
    speaker: null,
    timer: null,
    floors: [],
  };
}

/** Adds the speaker's floor to the tallies, kept sorted by peerId. */
function tallyFloors(floor: OpenFloorState, at: number): FloorTally[] {
  if (floor.speaker === null || floor.timer === null) return floor.floors;
  const speaker = floor.speaker;
  const spokenMs = timerElapsedMs(floor.timer, at);
  const previous = floor.floors.find((f) => f.peerId === speaker);
  const others = floor.floors.filter((f) => f.peerId !== speaker);
  const tally: FloorTally = {
    peerId: speaker,
    count: (previous?.count ?? 0) + 1,
    spokenMs: (previous?.spokenMs ?? 0) + spokenMs,
  };
  return [...others, tally].sort((a, b) =>
    a.peerId < b.peerId ? -1 : a.peerId > b.peerId ? 1 : 0,
  );
}

function giveTo(floor: OpenFloorState, peerId: string | null, at: number): OpenFloorState {
  return {
    ...floor,
    floors: tallyFloors(floor, at),
    queue: floor.queue.filter((q) => q.peerId !== peerId),
    speaker: peerId,
    timer: peerId === null ? null : startTimer(at, floor.turnMs),
  };
}

const isPresent = (roster: readonly RosterEntry[], peerId: string): boolean =>
  roster.some((r) => r.peerId === peerId);

export function reduceOpenFloor(
  floor: OpenFloorState,
  event: OpenFloorActionEvent,
  roster: readonly RosterEntry[],
): Step<OpenFloorState> {
  const { at } = event;
  switch (event.type) {
    case 'floor.raiseHand': {
      if (!isPresent(roster, event.peerId)) {
        return fail('UNKNOWN_PEER', `${event.peerId} is not in the call.`);
      }
      if (floor.speaker === event.peerId) return fail('ALREADY_SPEAKING', 'They have the floor.');
      if (floor.queue.some((q) => q.peerId === event.peerId)) {
        return fail('ALREADY_RAISED', 'Their hand is already raised.');
      }
      const entry: QueueEntry = { peerId: event.peerId, raisedAt: at };
      const queue = insertAtTail(
        floor.queue,
        entry,
        (q) => q.raisedAt,
        (q) => q.peerId,
      );
      return done({ ...floor, queue });
    }
    case 'floor.lowerHand': {
      if (!floor.queue.some((q) => q.peerId === event.peerId)) {
        return fail('NOT_IN_QUEUE', 'Their hand is not raised.');
      }
      return done({ ...floor, queue: floor.queue.filter((q) => q.peerId !== event.peerId) });
    }
    case 'floor.giveFloor': {
      if (!isPresent(roster, event.peerId)) {
        return fail('UNKNOWN_PEER', `${event.peerId} is not in the call.`);
      }
      if (floor.speaker === event.peerId) return fail('ALREADY_SPEAKING', 'They have the floor.');
      return done(giveTo(floor, event.peerId, at));
    }
    case 'floor.next': {
      const head = floor.queue[0];
      if (head === undefined && floor.speaker === null) {
        return fail('QUEUE_EMPTY', 'No hand is raised.');
      }
      return done(giveTo(floor, head?.peerId ?? null, at));
    }
    case 'floor.clearQueue':
      return done({ ...floor, queue: [] });
    default:
      return assertUnreachable(event);
  }
}

/**
 * Someone left the call: their hand goes down and, if they had the floor, it is
 * closed. Nobody is given the floor automatically: in an open floor the
 * facilitator chooses when the next person speaks.
 */
export function openFloorPeerLeft(
  floor: OpenFloorState,
  peerId: string,
  at: number,
): OpenFloorState {
  const withoutHand = { ...floor, queue: floor.queue.filter((q) => q.peerId !== peerId) };
  return floor.speaker === peerId ? giveTo(withoutHand, null, at) : withoutHand;
}

export function recordOpenFloor(floor: OpenFloorState, at: number): ActivityRecord {
  return {
    kind: 'openFloor',
    startedAt: floor.startedAt,
    endedAt: at,
    floors: tallyFloors(floor, at),
  };
}
