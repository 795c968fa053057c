import { z } from 'zod';
import type { Command } from '../rounds';
import {
  commandShapes as c,
  engineStateSchema,
  PEER_ID_MAX,
  PEERS_MAX,
  roundErrorCodes,
  turnOutcomes,
} from '../rounds';
import { mediaKindSchema } from './media';

/*
 * Speaking rounds over signaling. The session server runs the round engine
 * (src/shared/rounds) as the only authority: each method below is one engine
 * command, stamped with the server's clock, checked against the sender's
 * role, reduced, and the new state pushed to everyone in the call as
 * `activityState`. Clients render from that state and their clock offset.
 */

const ok = z.strictObject({});
const enginePeerIds = z.array(z.string().min(1).max(PEER_ID_MAX)).max(PEERS_MAX);

/** How the talking order is made; for `random` the server draws the seed. */
export const orderChoiceSchema = z.discriminatedUnion('by', [
  z.strictObject({ by: z.literal('join') }),
  z.strictObject({ by: z.literal('random') }),
  /** Set by hand; people present but not listed take no turn this round. */
  z.strictObject({ by: z.literal('manual'), peerIds: enginePeerIds }),
]);
export type OrderChoice = z.infer<typeof orderChoiceSchema>;

/** The engine state with the server time it was sent at and whether talking-piece mode is on. */
export const activityStateSchema = z.strictObject({
  state: engineStateSchema,
  /** Server clock when this was sent; with `ping` samples it places a client on the server's time. */
  serverTime: z.number(),
  talkingPiece: z.boolean(),
});
export type ActivityState = z.infer<typeof activityStateSchema>;

/** Talking-piece mode: only the speaker's microphone (and staff's) flows. Off by default. */
const talkingPiece = z.boolean().optional();

export const roundRequests = {
  /** Start a round: order, per-turn time, "je passe" offered, late joiners appended or not. */
  roundStart: {
    data: c.roundStart.omit({ type: true, order: true }).extend({
      order: orderChoiceSchema,
      talkingPiece,
    }),
    result: ok,
  },
  /** The speaker named (as the sender saw them) is done; the next person speaks. */
  roundNext: { data: c.roundNext.omit({ type: true }), result: ok },
  /** "Je passe": a participant may send it for their own turn only. */
  roundPass: { data: c.roundPass.omit({ type: true }), result: ok },
  /** Skip the speaker, or someone whose turn has not come yet. */
  roundSkip: { data: c.roundSkip.omit({ type: true }), result: ok },
  /** Give the speaker 30 s or 1 min more. */
  roundExtend: { data: c.roundExtend.omit({ type: true }), result: ok },
  roundPause: { data: c.roundPause.omit({ type: true }), result: ok },
  roundResume: { data: c.roundResume.omit({ type: true }), result: ok },
  /** Give the floor back to the previous person, with the time they had left. */
  roundBack: { data: c.roundBack.omit({ type: true }), result: ok },
  /** New order of exactly the people still waiting (the speaker excluded). */
  roundReorder: { data: c.roundReorder.omit({ type: true }), result: ok },
  roundEnd: { data: c.roundEnd.omit({ type: true }), result: ok },
  /** Open floor: a raised-hand queue; `turnMs` null for no countdown. */
  floorStart: {
    data: c.floorStart.omit({ type: true }).extend({ talkingPiece }),
    result: ok,
  },
  /** A participant may raise their own hand only. */
  floorRaiseHand: { data: c.floorRaiseHand.omit({ type: true }), result: ok },
  /** A participant may lower their own hand only. */
  floorLowerHand: { data: c.floorLowerHand.omit({ type: true }), result: ok },
  floorGiveFloor: { data: c.floorGiveFloor.omit({ type: true }), result: ok },
  /** Close the current floor and give it to the first raised hand, if any. */
  floorNext: { data: c.floorNext.omit({ type: true }), result: ok },
  floorClearQueue: { data: c.floorClearQueue.omit({ type: true }), result: ok },
  floorEnd: { data: c.floorEnd.omit({ type: true }), result: ok },
  /** One countdown for a block (a break, a reading). */
  freeStart: { data: c.freeStart.omit({ type: true }), result: ok },
  freePause: { data: c.freePause.omit({ type: true }), result: ok },
  freeResume: { data: c.freeResume.omit({ type: true }), result: ok },
  /** 1 or 5 minutes more. */
  freeExtend: { data: c.freeExtend.omit({ type: true }), result: ok },
  freeEnd: { data: c.freeEnd.omit({ type: true }), result: ok },
  /** Switch talking-piece mode on or off for the round or open floor under way. */
  setTalkingPiece: { data: z.strictObject({ on: z.boolean() }), result: ok },
  /** The current activity state, as `activityState` carries it. */
  getActivityState: { data: z.strictObject({}), result: activityStateSchema },
} as const;

export type RoundMethod = keyof typeof roundRequests;

/** The engine command behind each method (those not listed are not engine commands). */
export const roundCommandOf = {
  roundStart: 'round.start',
  roundNext: 'round.next',
  roundPass: 'round.pass',
  roundSkip: 'round.skip',
  roundExtend: 'round.extend',
  roundPause: 'round.pause',
  roundResume: 'round.resume',
  roundBack: 'round.back',
  roundReorder: 'round.reorder',
  roundEnd: 'round.end',
  floorStart: 'floor.start',
  floorRaiseHand: 'floor.raiseHand',
  floorLowerHand: 'floor.lowerHand',
  floorGiveFloor: 'floor.giveFloor',
  floorNext: 'floor.next',
  floorClearQueue: 'floor.clearQueue',
  floorEnd: 'floor.end',
  freeStart: 'free.start',
  freePause: 'free.pause',
  freeResume: 'free.resume',
  freeExtend: 'free.extend',
  freeEnd: 'free.end',
} as const satisfies Partial<Record<RoundMethod, Command['type']>>;
export type CommandMethod = keyof typeof roundCommandOf;

/** Why the server holds someone's microphone or camera paused. */
export const holdReasons = ['facilitator', 'talkingPiece'] as const;
export type HoldReason = (typeof holdReasons)[number];

/** A turn as settled (or reopened by "back": `pending`) in a round. */
export const settledOutcomeSchema = z.enum(turnOutcomes).exclude(['speaking']);

export const roundNotifications = {
  /** The speaking activity (round, open floor, free time) after every change; admitted people only. */
  activityState: { data: activityStateSchema },
  /**
   * Everything holding this person's microphone or camera paused at the server;
   * empty once nothing does. Sent to the person whenever it changes.
   */
  heldPaused: {
    data: z.strictObject({ kind: mediaKindSchema, reasons: z.array(z.enum(holdReasons)) }),
  },
  /**
   * To the facilitator only, every few seconds when it changed: speaking time
   * per person since the room opened (from the audio-level observer), by peer id.
   */
  speakingTime: {
    data: z.strictObject({
      at: z.number(),
      peers: z.array(z.strictObject({ peerId: z.string(), speakingMs: z.int().min(0) })),
    }),
  },
  /**
   * To the facilitator only: a round turn settled, or was reopened (`pending`,
   * after "back" or a return). Keep the latest per (roundStartedAt, peerId).
   */
  turnOutcome: {
    data: z.strictObject({
      roundStartedAt: z.number(),
      peerId: z.string(),
      outcome: settledOutcomeSchema,
      spokenMs: z.int().min(0),
      at: z.number(),
    }),
  },
} as const;

/** Extra facts some refusals carry: ROUND_REFUSED names the engine's reason. */
export const errorDetailsSchema = z.strictObject({ roundError: z.enum(roundErrorCodes) });
export type SignalingErrorDetails = z.infer<typeof errorDetailsSchema>;
