import type { types } from 'mediasoup';
import type { TransportDirection } from '../../shared/signaling';
import { transportLimits } from './codecs';
import type { RoomRouter } from './lazy-router';
import { mediaCall } from './peer-media';

/** A WebRTC transport through the worker's WebRtcServer: one UDP/TCP port for all. */
export async function createPeerTransport(
  room: RoomRouter,
  peerId: string,
  direction: TransportDirection,
): Promise<types.WebRtcTransport> {
  const transport = await mediaCall(() =>
    room.router.createWebRtcTransport({
      webRtcServer: room.webRtcServer,
      enableUdp: true,
      enableTcp: true,
      preferUdp: true,
      initialAvailableOutgoingBitrate: transportLimits.initialAvailableOutgoingBitrate,
      appData: { peerId, direction },
    }),
  );
  if (direction === 'send') {
    await transport.setMaxIncomingBitrate(transportLimits.maxIncomingBitrate).catch(() => {});
  }
  return transport;
}

/** What mediasoup-client needs to create the matching transport. */
export function transportInfo(transport: types.WebRtcTransport) {
  return {
    transportId: transport.id,
    iceParameters: transport.iceParameters,
    iceCandidates: transport.iceCandidates,
    dtlsParameters: transport.dtlsParameters,
  };
}
