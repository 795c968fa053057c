import type { types } from 'mediasoup';
import { seatOf, type Handlers } from './types';
import type { HandlerContext } from '../context';

type MediaMethods =
  | 'getRouterRtpCapabilities'
  | 'createTransport'
  | 'connectTransport'
  | 'restartIce'
  | 'startMedia'
  | 'setMediaPreferences'
  | 'produce'
  | 'closeProducer'
  | 'pauseProducer'
  | 'resumeProducer'
  | 'resumeConsumer'
  | 'setConsumerPreferredLayers';

function mediaOf(ctx: HandlerContext) {
  const { room, peer } = seatOf(ctx);
  return { media: room.media(), peerId: peer.id };
}

/*
 * The zod schemas bound and check the structure of RTP objects; mediasoup's
 * own ORTC validation checks the rest, so the casts below hand it data that
 * has already passed our boundary.
 */
export const mediaHandlers: Handlers<MediaMethods> = {
  getRouterRtpCapabilities: async (ctx) => ({
    rtpCapabilities: await mediaOf(ctx).media.rtpCapabilities(),
  }),

  createTransport: async (ctx, data) => {
    const { media, peerId } = mediaOf(ctx);
    return media.createTransport(peerId, data.direction);
  },

  connectTransport: async (ctx, data) => {
    const { media, peerId } = mediaOf(ctx);
    await media.connectTransport(
      peerId,
      data.transportId,
      data.dtlsParameters as types.DtlsParameters,
    );
    return {};
  },

  restartIce: (ctx, data) => {
    const { media, peerId } = mediaOf(ctx);
    return media.restartIce(peerId, data.transportId);
  },

  startMedia: async (ctx, data) => {
    const { media, peerId } = mediaOf(ctx);
    await media.startMedia(peerId, data.rtpCapabilities as types.RtpCapabilities, {
      sendVideo: data.sendVideo,
      receiveVideo: data.receiveVideo,
    });
    return {};
  },

  setMediaPreferences: async (ctx, data) => {
    const { media, peerId } = mediaOf(ctx);
    await media.setPreferences(peerId, data);
    return {};
  },

  produce: (ctx, data) => {
    const { media, peerId } = mediaOf(ctx);
    return media.produce(
      peerId,
      data.transportId,
      data.kind,
      data.rtpParameters as types.RtpParameters,
    );
  },

  closeProducer: (ctx, data) => {
    const { media, peerId } = mediaOf(ctx);
    media.closeProducer(peerId, data.producerId);
    return {};
  },

  pauseProducer: async (ctx, data) => {
    const { media, peerId } = mediaOf(ctx);
    await media.pauseProducer(peerId, data.producerId, true);
    return {};
  },

  resumeProducer: async (ctx, data) => {
    const { media, peerId } = mediaOf(ctx);
    await media.pauseProducer(peerId, data.producerId, false);
    return {};
  },

  resumeConsumer: async (ctx, data) => {
    const { media, peerId } = mediaOf(ctx);
    await media.resumeConsumer(peerId, data.consumerId);
    return {};
  },

  setConsumerPreferredLayers: async (ctx, data) => {
    const { media, peerId } = mediaOf(ctx);
    const { consumerId, ...layers } = data;
    await media.setPreferredLayers(peerId, consumerId, layers);
    return {};
  },
};
