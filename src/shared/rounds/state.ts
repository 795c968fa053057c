/**
 * The state of the round engine. It is plain JSON: the session server holds the
 * only authoritative copy and broadcasts it whole; clients render from it and
 * their server-clock offset. Every time is server epoch milliseconds.
 */

/** Largest room the engine accepts; far above a peer-support group (5–12). */
export const PEERS_MAX = 200;
/** Ended activities kept in the state; the facilitator's app records each one as it ends. */
export const HISTORY_MAX = 100;

/** What happens to people who join once a round has started. */
export const lateJoinerPolicies = ['append', 'ignore'] as const;
export type LateJoiners = (typeof lateJoinerPolicies)[number];

/**
 * A countdown (or a plain stopwatch when `durationMs` is null). Clients compute
 * what they show from `endsAt` and the server clock, never by counting ticks.
 */
export type Timer = {
  /** When this person got the floor this time. */
  startedAt: number;
  /** Allotted time, extensions included; null when nothing counts down. */
  durationMs: number | null;
  /** Running time accumulated before `runningSince` (a paused or given-back turn). */
  elapsedMs: number;
  /** Start of the current running stretch; null while paused. */
  runningSince: number | null;
  /** When the countdown reaches zero; null while paused or when nothing counts down. */
  endsAt: number | null;
  /** Time left, kept while paused; null while running or when nothing counts down. */
  remainingMs: number | null;
};

export const turnOutcomes = ['pending', 'speaking', 'spoke', 'passed', 'skipped', 'left'] as const;
/**
 * `speaking` is the current speaker; `pending` has not had the floor yet; the
 * others are settled. `left` means the person went away before their turn was
 * settled; if they come back they are put back at the end of the order.
 */
export type TurnOutcome = (typeof turnOutcomes)[number];

export type Turn = {
  peerId: string;
  outcome: TurnOutcome;
  /** When the person was put in the order: the round's start, or when they joined late or came back. */
  addedAt: number;
  /** Time they held the floor, over every stretch; for the speaker, the live figure is in the timer. */
  spokenMs: number;
  /** Their allotted time, extensions included; for the speaker, the live figure is in the timer. */
  allottedMs: number;
};

/** A talking order: each person in turn, with a per-turn countdown. */
export type RoundState = {
  kind: 'round';
  startedAt: number;
  turnMs: number;
  /** Whether "je passe" is offered; when false only a skip moves past someone. */
  passAllowed: boolean;
  lateJoiners: LateJoiners;
  /** The talking order. The speaker is always the first turn not yet settled. */
  turns: Turn[];
  /** Null once everyone has had their turn (the round stays open until ended). */
  speaker: string | null;
  /** The speaker's countdown; null exactly when `speaker` is null. */
  timer: Timer | null;
};

/** A raised hand; the queue is ordered by `raisedAt`, ties by `peerId`. */
export type QueueEntry = { peerId: string; raisedAt: number };

/** Floors a person has held in an open floor, for attendance. */
export type FloorTally = { peerId: string; count: number; spokenMs: number };

/** Open floor: a raised-hand queue, first raised first served. */
export type OpenFloorState = {
  kind: 'openFloor';
  startedAt: number;
  /** Per-speaker countdown; null for no limit (the timer then only measures). */
  turnMs: number | null;
  queue: QueueEntry[];
  speaker: string | null;
  timer: Timer | null;
  /** Floors already closed, sorted by `peerId`. */
  floors: FloorTally[];
};

/** One countdown for the whole block (a break, a reading, free time). */
export type FreeTimeState = { kind: 'freeTime'; startedAt: number; timer: Timer };

export type Activity = RoundState | OpenFloorState | FreeTimeState;
/** The three activities, by the names used everywhere (engine, signaling, database, UI). */
export type ActivityKind = Activity['kind'];
export const activityKinds = ['round', 'openFloor', 'freeTime'] as const satisfies ActivityKind[];

/** A turn as it ended; `pending` means the round ended before the person's turn. */
export type TurnRecord = {
  peerId: string;
  outcome: Exclude<TurnOutcome, 'speaking'>;
  spokenMs: number;
};

export type ActivityRecord =
  | { kind: 'round'; startedAt: number; endedAt: number; turns: TurnRecord[] }
  | { kind: 'openFloor'; startedAt: number; endedAt: number; floors: FloorTally[] }
  | { kind: 'freeTime'; startedAt: number; endedAt: number };

/** Someone in the call; the roster is ordered by `joinedAt`, ties by `peerId`. */
export type RosterEntry = { peerId: string; joinedAt: number };

export type EngineState = {
  /** Time of the last accepted event: no event may come before it. */
  at: number;
  roster: RosterEntry[];
  /** Null between activities. */
  activity: Activity | null;
  /** Ended activities, oldest first, at most HISTORY_MAX. */
  history: ActivityRecord[];
};

export function createState(at = 0): EngineState {
  return { at, roster: [], activity: null, history: [] };
}
