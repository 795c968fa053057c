import { z } from 'zod';
import {
  agreementsSchema,
  displayNameSchema,
  facilitatorKeySchema,
  groupTagSchema,
  mediaIdSchema,
  peerIdSchema,
  returningKeySchema,
  roleSchema,
  roomIdSchema,
  roomTitleSchema,
  signalingErrorCodeSchema,
  tokenSchema,
} from './signaling/common';
import {
  consumerLayersSchema,
  dtlsParametersSchema,
  iceCandidateSchema,
  iceParametersSchema,
  mediaKindSchema,
  networkNotifications,
  rtpCapabilitiesSchema,
  rtpParametersSchema,
  transportDirectionSchema,
} from './signaling/media';
import {
  endReasonSchema,
  lobbyEntrySchema,
  roomIntroSchema,
  roomStateSchema,
} from './signaling/state';
import { errorDetailsSchema, roundNotifications, roundRequests } from './signaling/rounds';

export * from './signaling/common';
export * from './signaling/media';
export * from './signaling/state';
export * from './signaling/rounds';

/*
 * The signaling protocol between browsers/the desktop app and the session
 * server, over one WebSocket at /ws. A client sends requests
 * `{ id, method, data }` and gets exactly one response `{ id, ok, data | error }`;
 * the server also pushes notifications `{ notification, data }`. Every schema
 * here is applied by the server to inbound data and by the client to replies.
 */

const empty = z.strictObject({});
const ok = z.strictObject({});
const invite = z.strictObject({
  token: tokenSchema,
  /** Full link to share: join page URL with the token in the fragment. */
  url: z.string(),
  /** Server time (ms since epoch) after which the token is refused. */
  expiresAt: z.number(),
});
/** A seat and the secret that takes it back after a drop; a new secret comes with every use. */
const seat = { peerId: peerIdSchema, reconnectToken: tokenSchema };
/** Invite lifetime asked by the facilitator: 5 minutes to 7 days. */
const inviteTtlMinutes = z
  .int()
  .min(5)
  .max(7 * 24 * 60);

export const requests = {
  /** Round trip; returns the server clock so clients can compute their offset. */
  ping: { data: empty, result: z.strictObject({ serverTime: z.number() }) },
  /** Facilitator opens a room with the server key; only title and agreements leave the desktop. */
  createRoom: {
    data: z.strictObject({
      facilitatorKey: facilitatorKeySchema,
      title: roomTitleSchema,
      agreements: agreementsSchema,
      displayName: displayNameSchema,
      inviteTtlMinutes: inviteTtlMinutes.optional(),
      /** Opaque per-group tag (no name, no id) so a returning person's browser can recognise the group. */
      groupTag: groupTagSchema.optional(),
    }),
    result: z.strictObject({
      ...seat,
      roomId: roomIdSchema,
      invite,
      state: roomStateSchema,
      /** The room's own secret: only the app that created the room can claim it back with it. */
      ownerSecret: tokenSchema,
    }),
  },
  /**
   * Facilitator takes back the facilitator seat of an open room: the key that
   * created it and the room's owner secret (unknown room or wrong secret: ROOM_NOT_FOUND).
   */
  claimRoom: {
    data: z.strictObject({
      facilitatorKey: facilitatorKeySchema,
      roomId: roomIdSchema,
      ownerSecret: tokenSchema,
      displayName: displayNameSchema,
    }),
    result: z.strictObject({ ...seat, state: roomStateSchema }),
  },
  /** A person with an invite arrives in the lobby and receives the agreements to read. */
  enterLobby: {
    data: z.strictObject({
      roomId: roomIdSchema,
      inviteToken: tokenSchema,
      displayName: displayNameSchema,
      /** Random key this browser keeps for the group; only staff see it, for attendance. */
      returningKey: returningKeySchema.optional(),
    }),
    result: z.strictObject({ ...seat, intro: roomIntroSchema }),
  },
  /**
   * Take back a seat in the call after a dropped connection, within the reconnect
   * window (a lobby seat is freed as its connection drops). Every refusal is the
   * same TOKEN_EXPIRED, except SEAT_IN_USE when the seat's own connection still
   * answers. The reply carries the next reconnect token: the one used is spent.
   */
  reconnect: {
    data: z.strictObject({
      roomId: roomIdSchema,
      peerId: peerIdSchema,
      reconnectToken: tokenSchema,
    }),
    result: z.discriminatedUnion('status', [
      z.strictObject({
        status: z.literal('lobby'),
        intro: roomIntroSchema,
        acknowledged: z.boolean(),
        reconnectToken: tokenSchema,
      }),
      z.strictObject({
        status: z.literal('joined'),
        role: roleSchema,
        state: roomStateSchema,
        reconnectToken: tokenSchema,
      }),
    ]),
  },
  /** Staff show the group's agreements on every admitted person's screen. */
  showAgreements: { data: empty, result: ok },
  /**
   * The person in the lobby accepts the group's agreements. A page that got a
   * group tag in its intro may add its returning key for that group here
   * (the first key given to a seat stays; staff only ever see it).
   */
  acknowledgeAgreements: {
    data: z.strictObject({ returningKey: returningKeySchema.optional() }),
    result: ok,
  },
  /** Leave the room for good (the seat is freed at once). */
  leave: { data: empty, result: ok },
  /** Let a person from the lobby into the call. */
  admit: { data: z.strictObject({ peerId: peerIdSchema }), result: ok },
  /** Refuse a person waiting in the lobby. */
  decline: { data: z.strictObject({ peerId: peerIdSchema }), result: ok },
  /** Remove someone from the call or the lobby. */
  remove: { data: z.strictObject({ peerId: peerIdSchema }), result: ok },
  /** Make a participant co-facilitator, or back to participant. */
  setRole: {
    data: z.strictObject({ peerId: peerIdSchema, role: z.enum(['cofacilitator', 'participant']) }),
    result: ok,
  },
  /** Lock or unlock the room: a locked room accepts nobody new in its lobby. */
  lockRoom: { data: z.strictObject({ locked: z.boolean() }), result: ok },
  /** Close the room: everyone is told and disconnected, its state is forgotten. */
  closeRoom: { data: empty, result: ok },
  /** A fresh invite link for this room; every older link stops working (TOKEN_REVOKED). */
  createInvite: {
    data: z.strictObject({
      ttlMinutes: inviteTtlMinutes.optional(),
      /** How many times the new link may open a lobby seat (default: no limit). */
      maxUses: z.int().min(1).max(1000).optional(),
    }),
    result: invite,
  },
  /** The room router's RTP capabilities, to load a mediasoup-client Device. */
  getRouterRtpCapabilities: {
    data: empty,
    result: z.strictObject({ rtpCapabilities: rtpCapabilitiesSchema }),
  },
  /** Create a WebRTC transport (through the worker's WebRtcServer) for sending or receiving. */
  createTransport: {
    data: z.strictObject({ direction: transportDirectionSchema }),
    result: z.strictObject({
      transportId: mediaIdSchema,
      iceParameters: iceParametersSchema,
      iceCandidates: z.array(iceCandidateSchema),
      dtlsParameters: dtlsParametersSchema,
    }),
  },
  /** Finish the DTLS handshake set-up of a transport (mediasoup-client 'connect'). */
  connectTransport: {
    data: z.strictObject({ transportId: mediaIdSchema, dtlsParameters: dtlsParametersSchema }),
    result: ok,
  },
  /** New ICE credentials after a network change. */
  restartIce: {
    data: z.strictObject({ transportId: mediaIdSchema }),
    result: z.strictObject({ iceParameters: iceParametersSchema }),
  },
  /** Ready to receive: existing producers are offered as paused consumers. */
  startMedia: {
    data: z.strictObject({
      rtpCapabilities: rtpCapabilitiesSchema,
      /** False for an audio-only participant: video producers are refused. */
      sendVideo: z.boolean(),
      /** False to receive no video at all (weak connections). */
      receiveVideo: z.boolean(),
    }),
    result: ok,
  },
  /** Switch audio-only on or off during the call. */
  setMediaPreferences: {
    data: z.strictObject({
      sendVideo: z.boolean().optional(),
      receiveVideo: z.boolean().optional(),
    }),
    result: ok,
  },
  /** Start sending a track (one audio and one video producer per person). */
  produce: {
    data: z.strictObject({
      transportId: mediaIdSchema,
      kind: mediaKindSchema,
      rtpParameters: rtpParametersSchema,
    }),
    result: z.strictObject({ producerId: mediaIdSchema }),
  },
  /** Stop sending a track. */
  closeProducer: { data: z.strictObject({ producerId: mediaIdSchema }), result: ok },
  /** Mute one's own track. */
  pauseProducer: { data: z.strictObject({ producerId: mediaIdSchema }), result: ok },
  /** Unmute one's own track; refused while the facilitator holds it paused. */
  resumeProducer: { data: z.strictObject({ producerId: mediaIdSchema }), result: ok },
  /** Start receiving a consumer, which the server always creates paused. */
  resumeConsumer: { data: z.strictObject({ consumerId: mediaIdSchema }), result: ok },
  /** Ask for a lower or higher simulcast layer of a video consumer. */
  setConsumerPreferredLayers: {
    data: consumerLayersSchema.extend({ consumerId: mediaIdSchema }),
    result: ok,
  },
  /** Facilitator pauses or resumes someone's microphone or camera at the server. */
  setPausedByServer: {
    data: z.strictObject({ peerId: peerIdSchema, kind: mediaKindSchema, paused: z.boolean() }),
    result: ok,
  },
  /* Speaking rounds, open floor, free time and talking-piece mode (signaling/rounds.ts). */
  ...roundRequests,
} as const satisfies Record<string, { data: z.ZodType; result: z.ZodType }>;

export type Requests = typeof requests;
export type Method = keyof Requests;
export const methods = Object.keys(requests) as Method[];
/** What a client passes (before trimming). */
export type RequestInput<M extends Method> = z.input<Requests[M]['data']>;
/** What a server handler receives (after parsing). */
export type RequestData<M extends Method> = z.output<Requests[M]['data']>;
export type RequestResult<M extends Method> = z.output<Requests[M]['result']>;

export const notifications = {
  /** Lobby content, sent to the facilitator and co-facilitators when it changes. */
  lobbyChanged: { data: z.strictObject({ lobby: z.array(lobbyEntrySchema) }) },
  /** Sent to a person the facilitator let in; they are now in the call. */
  admitted: { data: z.strictObject({ role: roleSchema, state: roomStateSchema }) },
  /** The room as admitted people see it, after every change. */
  roomState: { data: z.strictObject({ state: roomStateSchema }) },
  /** This connection's session is over; the socket closes right after. */
  sessionEnded: { data: z.strictObject({ reason: endReasonSchema }) },
  /** Staff asked everyone in the call to look at the group's agreements (server time). */
  agreementsShown: { data: z.strictObject({ at: z.number() }) },
  /** A paused consumer to create with mediasoup-client, then resume with resumeConsumer. */
  newConsumer: {
    data: z.strictObject({
      consumerId: mediaIdSchema,
      producerId: mediaIdSchema,
      peerId: peerIdSchema,
      kind: mediaKindSchema,
      rtpParameters: rtpParametersSchema,
      producerPaused: z.boolean(),
    }),
  },
  /** A consumer ended (its producer or peer left). */
  consumerClosed: { data: z.strictObject({ consumerId: mediaIdSchema }) },
  /** The producer behind a consumer was paused (muted), by its owner or the server. */
  consumerPaused: { data: z.strictObject({ consumerId: mediaIdSchema }) },
  /** The producer behind a consumer resumed. */
  consumerResumed: { data: z.strictObject({ consumerId: mediaIdSchema }) },
  /** Tells a person the facilitator paused or resumed their microphone or camera (see also heldPaused). */
  pausedByServer: { data: z.strictObject({ kind: mediaKindSchema, paused: z.boolean() }) },
  /** The dominant speaker (ActiveSpeakerObserver); null once they left the room. */
  activeSpeaker: { data: z.strictObject({ peerId: peerIdSchema.nullable() }) },
  /** Audio levels (dBov, -127..0) of those making sound; empty when all are silent. */
  audioLevels: {
    data: z.strictObject({
      levels: z.array(z.strictObject({ peerId: peerIdSchema, volume: z.number() })),
    }),
  },
  /** The media server behind the room restarted: recreate transports and producers. */
  mediaReset: { data: z.strictObject({ reason: z.enum(['worker-died']) }) },
  /* Scores, simulcast layers and a downlink too weak for video (signaling/media.ts). */
  ...networkNotifications,
  /* Activity state, server-held pauses with reasons, speaking time, turn outcomes. */
  ...roundNotifications,
} as const satisfies Record<string, { data: z.ZodType }>;

export type Notifications = typeof notifications;
export type NotificationName = keyof Notifications;
export type NotificationData<N extends NotificationName> = z.output<Notifications[N]['data']>;

/** A request id: chosen by the client, echoed in the reply. */
export const requestIdSchema = z.int().min(0).max(Number.MAX_SAFE_INTEGER);

/** The envelope of every client message; `data` is parsed per method afterwards. */
export const clientEnvelopeSchema = z.strictObject({
  id: requestIdSchema,
  method: z.string().max(64),
  data: z.unknown().optional(),
});

const errorPayloadSchema = z.strictObject({
  code: signalingErrorCodeSchema,
  message: z.string(),
  details: errorDetailsSchema.optional(),
});

/** Every server message: a response (id null when the request had no usable id) or a notification. */
export const serverMessageSchema = z.union([
  z.strictObject({ id: requestIdSchema, ok: z.literal(true), data: z.unknown() }),
  z.strictObject({
    id: requestIdSchema.nullable(),
    ok: z.literal(false),
    error: errorPayloadSchema,
  }),
  z.strictObject({ notification: z.string(), data: z.unknown() }),
]);
export type ServerMessage = z.infer<typeof serverMessageSchema>;

/** Largest accepted frame; bigger ones close the connection with 1009. */
export const maxMessageBytes = 64 * 1024;

export function isMethod(name: string): name is Method {
  return Object.hasOwn(requests, name);
}

export function isNotificationName(name: string): name is NotificationName {
  return Object.hasOwn(notifications, name);
}
