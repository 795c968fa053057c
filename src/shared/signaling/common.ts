import { z } from 'zod';
import { roles, type RoundErrorCode } from '../rounds/events';

/** The three roles a seat in a room can hold (docs/design.md "Roles"); one list, the engine's. */
export { roles, type Role } from '../rounds/events';
export const roleSchema = z.enum(roles);

/**
 * Stable signaling error codes. The join page and the desktop app turn each
 * one into plain words, so a code never changes meaning once released.
 */
export const signalingErrorCodes = [
  /** Not JSON, not an object, a binary frame, or no usable id/method. */
  'BAD_REQUEST',
  /** The method does not exist. */
  'UNKNOWN_METHOD',
  /** The method exists but its data has the wrong shape. */
  'INVALID_DATA',
  /** The sender's role (or lack of a seat) may not send this method. */
  'FORBIDDEN',
  /** Allowed, but not now (e.g. produce before a send transport exists). */
  'OUT_OF_ORDER',
  /** The facilitator key is missing or wrong. */
  'BAD_KEY',
  /** An invite or reconnect token that is forged, malformed or for another room. */
  'TOKEN_INVALID',
  /**
   * An invite token past its expiry; also every refused `reconnect` (unknown
   * room or seat, wrong token, window over), so it cannot tell a real room from a fake.
   */
  'TOKEN_EXPIRED',
  /** An invite link replaced by a newer one ("Nouveau lien"): only the newest works. */
  'TOKEN_REVOKED',
  /** An invite link used as many times as the facilitator allowed. */
  'TOKEN_USED_UP',
  'ROOM_NOT_FOUND',
  /** The facilitator locked the room: nobody new may enter the lobby. */
  'ROOM_LOCKED',
  'ROOM_FULL',
  /** Too many people wait in this room's lobby, or too many from one address: try again later. */
  'LOBBY_FULL',
  /** `reconnect` to a seat whose own connection still answers: the seat is in use. */
  'SEAT_IN_USE',
  'PEER_NOT_FOUND',
  /** A transport, producer or consumer id that this peer does not own. */
  'NOT_FOUND',
  /** Admission needs the participant to have accepted the group's agreements. */
  'AGREEMENTS_NOT_ACKNOWLEDGED',
  /** The server runs without media workers, or none is alive right now. */
  'MEDIA_UNAVAILABLE',
  /** mediasoup refused the operation (e.g. unsupported RTP parameters). */
  'MEDIA_ERROR',
  /** The round engine refused the command; `details.roundError` says why (e.g. NOT_CURRENT_SPEAKER). */
  'ROUND_REFUSED',
  /** Too many messages: the connection is closed. */
  'RATE_LIMITED',
  'INTERNAL',
] as const;
export type SignalingErrorCode = (typeof signalingErrorCodes)[number];
export const signalingErrorCodeSchema = z.enum(signalingErrorCodes);

export type SignalingErrorPayload = {
  code: SignalingErrorCode;
  message: string;
  /** ROUND_REFUSED: the engine's own error code. */
  details?: { roundError: RoundErrorCode };
};

/**
 * WebSocket close codes the server uses (4000–4999 are for applications).
 * 1009 (message too big) is sent by the WebSocket layer itself.
 */
export const closeCodes = {
  /** The person left on purpose. */
  normal: 1000,
  /** The message flood limit was hit. */
  rateLimited: 4008,
  /** The facilitator removed this person. */
  removed: 4003,
  /** The facilitator declined this person at the lobby. */
  declined: 4004,
  /** The room was closed by the facilitator or for inactivity. */
  roomClosed: 4005,
  /** The same seat was taken back from another connection. */
  replaced: 4006,
  /** Too many requests waiting for a reply on one connection. */
  overloaded: 4009,
  /** The connection took no seat (room, lobby or reconnect) in time. */
  idle: 4010,
} as const;
export type CloseCode = (typeof closeCodes)[keyof typeof closeCodes];

/** Room ids appear in join URLs: short, URL-safe, unguessable. */
export const roomIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,32}$/, 'Invalid room id');
export const peerIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,32}$/, 'Invalid peer id');
/** mediasoup object ids are UUIDs; bounded so a bogus id costs nothing. */
export const mediaIdSchema = z.string().min(1).max(64);

/**
 * C0/C1 controls, bidi overrides and line separators: they can hide or
 * reorder text in other people's screens, so names refuse them. ZWJ stays
 * allowed because emoji sequences need it.
 */
/* eslint-disable no-control-regex -- matching control characters is the point */
const unsafeCharacters =
  /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
/* eslint-enable no-control-regex */

/**
 * A display name as people see it in the call: trimmed, 1–40 characters
 * (counted as code points, so emoji count once), no control characters.
 * A pseudonym is fine. Never logged by the server.
 */
export const displayNameSchema = z
  .string()
  .max(400)
  .trim()
  .refine((name) => !unsafeCharacters.test(name), 'Control characters are not allowed')
  .refine((name) => {
    const length = [...name].length;
    return length >= 1 && length <= 40;
  }, 'A name has 1 to 40 characters');

export const roomTitleSchema = z
  .string()
  .max(400)
  .trim()
  .refine((title) => !unsafeCharacters.test(title), 'Control characters are not allowed')
  .refine((title) => title.length >= 1 && title.length <= 120, 'A title has 1 to 120 characters');

/**
 * The group's agreements as plain text (newlines kept). Bounded so a whole
 * createRoom message stays well under the 64 KiB frame limit.
 */
export const agreementsSchema = z.string().max(12_000);

/** Opaque tokens: base64url text, bounded. */
export const tokenSchema = z.string().regex(/^[A-Za-z0-9_.-]{16,512}$/, 'Invalid token');

/** The facilitator key as typed or pasted; compared in constant time by the server. */
export const facilitatorKeySchema = z.string().min(1).max(256);

/** A group's opaque tag, made once by the desktop app; it names nothing. */
export const groupTagSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'Invalid group tag');

/** A random key a browser keeps per group tag, so attendance can count returning people. */
export const returningKeySchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'Invalid key');
