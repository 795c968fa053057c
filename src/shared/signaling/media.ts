import { z } from 'zod';
import { mediaIdSchema } from './common';

/*
 * Structural schemas for the mediasoup objects that cross the wire. They
 * bound sizes and check the fields the server relies on; mediasoup's own ORTC
 * validation checks the rest (a refusal there becomes MEDIA_ERROR). Objects are
 * loose because browsers add fields over time and mediasoup ignores unknown ones.
 */

const shortText = z.string().max(256);
/** Codec parameters (e.g. profile-id, useinbandfec): mediasoup checks their values. */
const parameters = z.record(z.string().max(64), z.unknown());

export const mediaKindSchema = z.enum(['audio', 'video']);
export type MediaKind = z.infer<typeof mediaKindSchema>;

const rtcpFeedback = z.looseObject({ type: shortText, parameter: shortText.optional() });

const codecCapability = z.looseObject({
  kind: mediaKindSchema,
  mimeType: shortText,
  preferredPayloadType: z.int().min(0).max(127).optional(),
  clockRate: z.int().positive(),
  channels: z.int().min(1).max(8).optional(),
  parameters: parameters.optional(),
  rtcpFeedback: z.array(rtcpFeedback).max(32).optional(),
});

const headerExtensionCapability = z.looseObject({
  kind: mediaKindSchema,
  uri: shortText,
  preferredId: z.int().min(1).max(255),
  preferredEncrypt: z.boolean().optional(),
  direction: z.enum(['sendrecv', 'sendonly', 'recvonly', 'inactive']).optional(),
});

/** What a device can receive (mediasoup-client `device.rtpCapabilities`). */
export const rtpCapabilitiesSchema = z.looseObject({
  codecs: z.array(codecCapability).max(64).optional(),
  headerExtensions: z.array(headerExtensionCapability).max(64).optional(),
});
export type RtpCapabilitiesData = z.infer<typeof rtpCapabilitiesSchema>;

const codecParameters = z.looseObject({
  mimeType: shortText,
  payloadType: z.int().min(0).max(127),
  clockRate: z.int().positive(),
  channels: z.int().min(1).max(8).optional(),
  parameters: parameters.optional(),
  rtcpFeedback: z.array(rtcpFeedback).max(32).optional(),
});

const encoding = z.looseObject({
  ssrc: z.int().nonnegative().optional(),
  rid: shortText.optional(),
  codecPayloadType: z.int().min(0).max(127).optional(),
  rtx: z.looseObject({ ssrc: z.int().nonnegative() }).optional(),
  dtx: z.boolean().optional(),
  scalabilityMode: shortText.optional(),
  maxBitrate: z.number().nonnegative().optional(),
});

/**
 * What a producer sends. Up to 3 encodings: simulcast layers are chosen by
 * the client (VP8, 3 layers at most).
 */
export const rtpParametersSchema = z.looseObject({
  mid: shortText.optional(),
  codecs: z.array(codecParameters).min(1).max(16),
  headerExtensions: z
    .array(
      z.looseObject({
        uri: shortText,
        id: z.int().min(1).max(255),
        encrypt: z.boolean().optional(),
        parameters: parameters.optional(),
      }),
    )
    .max(32)
    .optional(),
  encodings: z.array(encoding).max(3).optional(),
  rtcp: z
    .looseObject({
      cname: shortText.optional(),
      reducedSize: z.boolean().optional(),
      mux: z.boolean().optional(),
    })
    .optional(),
});
export type RtpParametersData = z.infer<typeof rtpParametersSchema>;

/** The DTLS role and certificate fingerprints of one side of a transport. */
export const dtlsParametersSchema = z.looseObject({
  role: z.enum(['auto', 'client', 'server']).optional(),
  fingerprints: z
    .array(z.looseObject({ algorithm: shortText, value: z.string().max(512) }))
    .min(1)
    .max(8),
});
export type DtlsParametersData = z.infer<typeof dtlsParametersSchema>;

export const iceParametersSchema = z.looseObject({
  usernameFragment: shortText,
  password: shortText,
  iceLite: z.boolean().optional(),
});

export const iceCandidateSchema = z.looseObject({
  foundation: shortText,
  priority: z.number(),
  address: shortText,
  protocol: z.enum(['udp', 'tcp']),
  port: z.int(),
  type: shortText,
  tcpType: shortText.optional(),
});

/** Which simulcast layer a receiver prefers (0 = lowest resolution). */
export const consumerLayersSchema = z.strictObject({
  spatialLayer: z.int().min(0).max(2),
  temporalLayer: z.int().min(0).max(2).optional(),
});

export const transportDirectionSchema = z.enum(['send', 'recv']);
export type TransportDirection = z.infer<typeof transportDirectionSchema>;

/**
 * How well media flows, from mediasoup's scores (0 = nothing arrives, 10 =
 * perfect), for the connection-quality indicator on each tile.
 */
export const mediaScoreSchema = z.int().min(0).max(10);

/* Notifications about the network, spread into `notifications` (signaling.ts). */
export const networkNotifications = {
  /** How well a consumer reaches this person (`score`) and how well its sender's media reaches the server (`producerScore`). */
  consumerScore: {
    data: z.strictObject({
      consumerId: mediaIdSchema,
      score: mediaScoreSchema,
      producerScore: mediaScoreSchema,
    }),
  },
  /** The simulcast layer a video consumer now forwards (null: none fits the person's downlink). */
  consumerLayers: {
    data: z.strictObject({
      consumerId: mediaIdSchema,
      spatialLayer: z.int().min(0).max(2).nullable(),
    }),
  },
  /** How well this person's own microphone or camera reaches the server (best simulcast layer). */
  producerScore: { data: z.strictObject({ kind: mediaKindSchema, score: mediaScoreSchema }) },
  /** The person's downlink stayed too weak for any picture: switch video reception off and say so. */
  downlinkWeak: { data: z.strictObject({ availableBitrate: z.number().nonnegative() }) },
} as const;
