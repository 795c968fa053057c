import type { EngineState, LateJoiners } from './state';

/** Extensions offered for a turn in a round. */
export const roundExtensionsMs = [30_000, 60_000] as const;
export type RoundExtensionMs = (typeof roundExtensionsMs)[number];
/** Extensions offered for free time: a break is counted in minutes. */
export const freeTimeExtensionsMs = [60_000, 300_000] as const;
export type FreeTimeExtensionMs = (typeof freeTimeExtensionsMs)[number];

/** How a round's talking order is made from the people present. */
export type OrderSpec =
  | { by: 'join' }
  /** The seed is drawn by the server and kept in the event so the order can be replayed. */
  | { by: 'random'; seed: number }
  /** Set by the facilitator; people present but left out do not take a turn this round. */
  | { by: 'manual'; peerIds: string[] };

/*
 * Turn-targeted commands name the speaker the sender saw (`peerId`): a
 * double-click or a "je passe" that crosses the facilitator's "next" then
 * fails with NOT_CURRENT_SPEAKER instead of moving past someone else.
 */
export type RoundCommand =
  | {
      type: 'round.start';
      order: OrderSpec;
      turnMs: number;
      passAllowed: boolean;
      lateJoiners: LateJoiners;
    }
  | { type: 'round.next'; peerId: string }
  | { type: 'round.pass'; peerId: string }
  /** Skips the speaker, or someone whose turn has not come yet. */
  | { type: 'round.skip'; peerId: string }
  | { type: 'round.extend'; peerId: string; ms: RoundExtensionMs }
  | { type: 'round.pause' }
  | { type: 'round.resume' }
  /** Gives the floor back to the previous person, with the time they had left. */
  | { type: 'round.back' }
  /** The new order of the people still waiting (exactly them, the speaker excluded). */
  | { type: 'round.reorder'; peerIds: string[] }
  | { type: 'round.end' };

export type OpenFloorCommand =
  | { type: 'floor.start'; turnMs: number | null }
  | { type: 'floor.raiseHand'; peerId: string }
  | { type: 'floor.lowerHand'; peerId: string }
  | { type: 'floor.giveFloor'; peerId: string }
  /** Closes the current floor and gives it to the first raised hand, if any. */
  | { type: 'floor.next' }
  | { type: 'floor.clearQueue' }
  | { type: 'floor.end' };

export type FreeTimeCommand =
  | { type: 'free.start'; durationMs: number }
  | { type: 'free.pause' }
  | { type: 'free.resume' }
  | { type: 'free.extend'; ms: FreeTimeExtensionMs }
  | { type: 'free.end' };

/** What a client may ask for; the server stamps it with `at` to make an event. */
export type Command = RoundCommand | OpenFloorCommand | FreeTimeCommand;

/** Emitted by the server only, when someone is admitted to or leaves the call. */
export type PeerEvent =
  { type: 'peer.joined'; peerId: string } | { type: 'peer.left'; peerId: string };

type Timed<T> = T extends unknown ? T & { at: number } : never;

/** An input of the engine; `at` is the server time it happened. */
export type EngineEvent = Timed<Command | PeerEvent>;
export type EventType = EngineEvent['type'];
export type EventOf<K extends EventType> = Extract<EngineEvent, { type: K }>;

export function toEvent(command: Command, at: number): EngineEvent {
  return { ...command, at };
}

/** The three roles a seat in a room can hold (docs/design.md "Roles"). */
export const roles = ['facilitator', 'cofacilitator', 'participant'] as const;
export type Role = (typeof roles)[number];
/** Who sent a command, as the server authenticated their seat. */
export type Sender = { peerId: string; role: Role };

export const roundErrorCodes = [
  'TIME_WENT_BACKWARDS',
  'NO_ACTIVITY',
  'WRONG_KIND',
  'ACTIVITY_IN_PROGRESS',
  'UNKNOWN_PEER',
  'ALREADY_PRESENT',
  'ROOM_FULL',
  'EMPTY_ORDER',
  'INVALID_ORDER',
  'NOT_IN_ORDER',
  'NO_SPEAKER',
  'NOT_CURRENT_SPEAKER',
  'TURN_SETTLED',
  'PASS_NOT_ALLOWED',
  'ALREADY_PAUSED',
  'NOT_PAUSED',
  'NOTHING_TO_GO_BACK',
  'ALREADY_RAISED',
  'NOT_IN_QUEUE',
  'QUEUE_EMPTY',
  'ALREADY_SPEAKING',
] as const;
/** Stable codes: the UI turns each into plain words through i18n. */
export type RoundErrorCode = (typeof roundErrorCodes)[number];
export type RoundError = { code: RoundErrorCode; message: string };

/** A refused event leaves the state untouched (the very same object). */
export type ReduceResult =
  { ok: true; state: EngineState } | { ok: false; state: EngineState; error: RoundError };

/** The result of one step inside the engine. */
export type Step<T> = { ok: true; value: T } | { ok: false; error: RoundError };

export const done = <T>(value: T): Step<T> => ({ ok: true, value });
export const fail = <T = never>(code: RoundErrorCode, message: string): Step<T> => ({
  ok: false,
  error: { code, message },
});
