import type { types } from 'mediasoup';
import type { TransportDirection } from '../../shared/signaling';

/**
 * A plain RTP transport with SRTP on 127.0.0.1, for in-process load tools
 * only (`npm run bench:sfu`'s peers that are not browsers). It is made by
 * RoomMedia.createLoadTransport, which no signaling method reaches; the
 * caller connects it to its own sockets.
 */
export function createLoadTransport(
  router: types.Router,
  peerId: string,
  direction: TransportDirection,
): Promise<types.PlainTransport> {
  return router.createPlainTransport({
    listenInfo: { protocol: 'udp', ip: '127.0.0.1' },
    rtcpMux: true,
    comedia: false,
    enableSrtp: true,
    srtpCryptoSuite: 'AES_CM_128_HMAC_SHA1_80',
    appData: { peerId, direction },
  });
}
