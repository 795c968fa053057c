import type { types } from 'mediasoup';

/**
 * Opus for voice and VP8 for video: VP8 simulcast works in every browser a
 * participant may have, including old phones, and Opus has in-band FEC for
 * weak connections.
 */
export const mediaCodecs: types.RouterRtpCodecCapability[] = [
  {
    kind: 'audio',
    mimeType: 'audio/opus',
    clockRate: 48000,
    channels: 2,
    parameters: { useinbandfec: 1, usedtx: 1 },
  },
  {
    kind: 'video',
    mimeType: 'video/VP8',
    clockRate: 90000,
    parameters: { 'x-google-start-bitrate': 600 },
  },
];

/** Per-transport limits: enough for 3 simulcast layers, kind to shared uplinks. */
export const transportLimits = {
  initialAvailableOutgoingBitrate: 600_000,
  maxIncomingBitrate: 1_500_000,
};
