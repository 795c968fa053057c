import { z } from 'zod';
import {
  freeTimeExtensionsMs,
  roles,
  roundExtensionsMs,
  type Sender,
  type Command,
  type EngineEvent,
} from './events';
import {
  HISTORY_MAX,
  lateJoinerPolicies,
  PEERS_MAX,
  turnOutcomes,
  type ActivityKind,
  type EngineState,
} from './state';
import type { activityKinds } from './state';

/*
 * Commands come from clients over the WebSocket and the state goes back to
 * them: both are parsed here. Limits are far beyond real use and only stop
 * abuse; the plan editor has its own, tighter ones.
 */
export const PEER_ID_MAX = 64;
export const TURN_MS_MIN = 5_000;
export const TURN_MS_MAX = 3_600_000;
export const FREE_TIME_MS_MAX = 36_000_000;
/** Turns kept in one round: everyone present plus people who came and went. */
export const TURNS_MAX = PEERS_MAX * 5;

const peerId = z.string().min(1).max(PEER_ID_MAX);
/** Server epoch milliseconds. */
const time = z.int().min(0);
const duration = z.int().min(0);
const turnMs = z.int().min(TURN_MS_MIN).max(TURN_MS_MAX);
const peerIds = z.array(peerId).max(PEERS_MAX);

const orderSpecSchema = z.discriminatedUnion('by', [
  z.strictObject({ by: z.literal('join') }),
  z.strictObject({ by: z.literal('random'), seed: z.int().min(0).max(0xffff_ffff) }),
  z.strictObject({ by: z.literal('manual'), peerIds }),
]);

const noArgs = <T extends string>(type: T) => z.strictObject({ type: z.literal(type) });
const onPeer = <T extends string>(type: T) => z.strictObject({ type: z.literal(type), peerId });

/** Each command's shape; the signaling protocol builds one method per command from these. */
export const commandShapes = {
  roundStart: z.strictObject({
    type: z.literal('round.start'),
    order: orderSpecSchema,
    turnMs,
    passAllowed: z.boolean(),
    lateJoiners: z.enum(lateJoinerPolicies),
  }),
  roundNext: onPeer('round.next'),
  roundPass: onPeer('round.pass'),
  roundSkip: onPeer('round.skip'),
  roundExtend: z.strictObject({
    type: z.literal('round.extend'),
    peerId,
    ms: z.literal(roundExtensionsMs),
  }),
  roundPause: noArgs('round.pause'),
  roundResume: noArgs('round.resume'),
  roundBack: noArgs('round.back'),
  roundReorder: z.strictObject({ type: z.literal('round.reorder'), peerIds }),
  roundEnd: noArgs('round.end'),
  floorStart: z.strictObject({ type: z.literal('floor.start'), turnMs: turnMs.nullable() }),
  floorRaiseHand: onPeer('floor.raiseHand'),
  floorLowerHand: onPeer('floor.lowerHand'),
  floorGiveFloor: onPeer('floor.giveFloor'),
  floorNext: noArgs('floor.next'),
  floorClearQueue: noArgs('floor.clearQueue'),
  floorEnd: noArgs('floor.end'),
  freeStart: z.strictObject({
    type: z.literal('free.start'),
    durationMs: z.int().min(1_000).max(FREE_TIME_MS_MAX),
  }),
  freePause: noArgs('free.pause'),
  freeResume: noArgs('free.resume'),
  freeExtend: z.strictObject({
    type: z.literal('free.extend'),
    ms: z.literal(freeTimeExtensionsMs),
  }),
  freeEnd: noArgs('free.end'),
};
const c = commandShapes;

/** What a client may send (the server adds `at`, and checks `canApply`). */
export const commandSchema = z.discriminatedUnion('type', [
  c.roundStart,
  c.roundNext,
  c.roundPass,
  c.roundSkip,
  c.roundExtend,
  c.roundPause,
  c.roundResume,
  c.roundBack,
  c.roundReorder,
  c.roundEnd,
  c.floorStart,
  c.floorRaiseHand,
  c.floorLowerHand,
  c.floorGiveFloor,
  c.floorNext,
  c.floorClearQueue,
  c.floorEnd,
  c.freeStart,
  c.freePause,
  c.freeResume,
  c.freeExtend,
  c.freeEnd,
]);

const timed = <T extends z.ZodRawShape>(schema: z.ZodObject<T, z.core.$strict>) =>
  schema.extend({ at: time });

/** An engine input as logged or replayed, `at` included. */
export const eventSchema = z.discriminatedUnion('type', [
  timed(onPeer('peer.joined')),
  timed(onPeer('peer.left')),
  timed(c.roundStart),
  timed(c.roundNext),
  timed(c.roundPass),
  timed(c.roundSkip),
  timed(c.roundExtend),
  timed(c.roundPause),
  timed(c.roundResume),
  timed(c.roundBack),
  timed(c.roundReorder),
  timed(c.roundEnd),
  timed(c.floorStart),
  timed(c.floorRaiseHand),
  timed(c.floorLowerHand),
  timed(c.floorGiveFloor),
  timed(c.floorNext),
  timed(c.floorClearQueue),
  timed(c.floorEnd),
  timed(c.freeStart),
  timed(c.freePause),
  timed(c.freeResume),
  timed(c.freeExtend),
  timed(c.freeEnd),
]);

export const senderSchema = z.strictObject({ peerId, role: z.enum(roles) });

const timerSchema = z.strictObject({
  startedAt: time,
  durationMs: duration.nullable(),
  elapsedMs: duration,
  runningSince: time.nullable(),
  // Both go below zero in overtime.
  endsAt: z.int().nullable(),
  remainingMs: z.int().nullable(),
});

const turnSchema = z.strictObject({
  peerId,
  outcome: z.enum(turnOutcomes),
  addedAt: time,
  spokenMs: duration,
  allottedMs: duration,
});

const floorTallySchema = z.strictObject({ peerId, count: z.int().min(0), spokenMs: duration });

const activitySchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('round'),
    startedAt: time,
    turnMs,
    passAllowed: z.boolean(),
    lateJoiners: z.enum(lateJoinerPolicies),
    turns: z.array(turnSchema).max(TURNS_MAX),
    speaker: peerId.nullable(),
    timer: timerSchema.nullable(),
  }),
  z.strictObject({
    kind: z.literal('openFloor'),
    startedAt: time,
    turnMs: turnMs.nullable(),
    queue: z.array(z.strictObject({ peerId, raisedAt: time })).max(PEERS_MAX),
    speaker: peerId.nullable(),
    timer: timerSchema.nullable(),
    floors: z.array(floorTallySchema).max(TURNS_MAX),
  }),
  z.strictObject({ kind: z.literal('freeTime'), startedAt: time, timer: timerSchema }),
]);

/** An activity as it ended (the facilitator's app forwards these to attendance). */
export const activityRecordSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('round'),
    startedAt: time,
    endedAt: time,
    turns: z
      .array(
        z.strictObject({
          peerId,
          outcome: z.enum(turnOutcomes).exclude(['speaking']),
          spokenMs: duration,
        }),
      )
      .max(TURNS_MAX),
  }),
  z.strictObject({
    kind: z.literal('openFloor'),
    startedAt: time,
    endedAt: time,
    floors: z.array(floorTallySchema).max(TURNS_MAX),
  }),
  z.strictObject({ kind: z.literal('freeTime'), startedAt: time, endedAt: time }),
]);

/** The state the server broadcasts. */
export const engineStateSchema = z.strictObject({
  at: time,
  roster: z.array(z.strictObject({ peerId, joinedAt: time })).max(PEERS_MAX),
  activity: activitySchema.nullable(),
  history: z.array(activityRecordSchema).max(HISTORY_MAX),
});

// Compile-time proof that the schemas and the declared types describe the same data.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Expect<T extends true> = T;
export type _SchemasMatchTypes = [
  Expect<Same<z.infer<typeof commandSchema>, Command>>,
  Expect<Same<z.infer<typeof eventSchema>, EngineEvent>>,
  Expect<Same<z.infer<typeof engineStateSchema>, EngineState>>,
  Expect<Same<z.infer<typeof senderSchema>, Sender>>,
  Expect<Same<(typeof activityKinds)[number], ActivityKind>>,
];
