import type { types } from 'mediasoup-client';
import type { RoomLink } from './room-link';

/** How long a media path may stay 'disconnected' before we restart ICE. */
const iceGraceMs = 4_000;

/**
 * A network change (Wi-Fi to mobile data, a tunnel) breaks the media path
 * while the seat stays: new ICE credentials from the server mend it in
 * place, with no new transports and no new admission. A path that stays
 * 'disconnected' for a few seconds is mended too, without waiting for the
 * browser to call it 'failed' (which takes much longer). Returns a stop.
 */
export function mendIce(transport: types.Transport, link: RoomLink, closed: () => boolean) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let restarting = false;
  const restart = () => {
    if (restarting || closed() || transport.closed) return;
    restarting = true;
    link
      .request('restartIce', { transportId: transport.id })
      .then(({ iceParameters }) =>
        transport.restartIce({ iceParameters: iceParameters as types.IceParameters }),
      )
      .catch(() => undefined)
      .finally(() => (restarting = false));
  };
  transport.on('connectionstatechange', (state) => {
    clearTimeout(timer);
    if (state === 'failed') restart();
    else if (state === 'disconnected') timer = setTimeout(restart, iceGraceMs);
  });
  return () => clearTimeout(timer);
}
