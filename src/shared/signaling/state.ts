import { z } from 'zod';
import {
  groupTagSchema,
  peerIdSchema,
  returningKeySchema,
  roleSchema,
  roomIdSchema,
} from './common';

/** One seat in the call as every admitted person sees it. */
export const peerInfoSchema = z.strictObject({
  peerId: peerIdSchema,
  displayName: z.string(),
  role: roleSchema,
  /** False while the seat is kept for a reconnect; talking orders skip it. */
  connected: z.boolean(),
  /** True when the person chose audio-only: show an avatar, not a video tile. */
  audioOnly: z.boolean(),
  /** The person's per-group returning key; sent to staff only, never to other participants. */
  returningKey: returningKeySchema.optional(),
});
export type PeerInfo = z.infer<typeof peerInfoSchema>;

/** The room as admitted people see it. Never sent to anyone in the lobby. */
export const roomStateSchema = z.strictObject({
  roomId: roomIdSchema,
  title: z.string(),
  locked: z.boolean(),
  peers: z.array(peerInfoSchema),
});
export type RoomState = z.infer<typeof roomStateSchema>;

/** Someone waiting in the lobby, as the facilitator and co-facilitators see them. */
export const lobbyEntrySchema = z.strictObject({
  peerId: peerIdSchema,
  displayName: z.string(),
  /** Whether they accepted the group's agreements; admission needs it. */
  acknowledged: z.boolean(),
  connected: z.boolean(),
  /** As in PeerInfo: staff only (the lobby list only ever goes to staff). */
  returningKey: returningKeySchema.optional(),
});
export type LobbyEntry = z.infer<typeof lobbyEntrySchema>;

/** What a person needs to read before waiting in the lobby. */
export const roomIntroSchema = z.strictObject({
  roomId: roomIdSchema,
  title: z.string(),
  agreements: z.string(),
  /** The group's opaque tag, when the facilitator's app sent one. */
  groupTag: groupTagSchema.optional(),
});
export type RoomIntro = z.infer<typeof roomIntroSchema>;

/** Why someone's session ended; the page explains each in plain words. */
export const endReasonSchema = z.enum(['declined', 'removed', 'roomClosed', 'replaced']);
export type EndReason = z.infer<typeof endReasonSchema>;
