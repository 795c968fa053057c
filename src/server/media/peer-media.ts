import type { types } from 'mediasoup';
import type { MediaKind, NotificationData, NotificationName } from '../../shared/signaling';
import { SignalingError } from '../errors';

/** Sends a notification to one admitted person. */
export type Notify = <N extends NotificationName>(
  peerId: string,
  name: N,
  data: NotificationData<N>,
) => void;

/** One person's mediasoup objects in a room, gone when their connection drops. */
export type PeerMedia = {
  peerId: string;
  /** WebRTC for browsers; plain RTP only for in-process load tools (see RoomMedia). */
  transports: Map<string, types.WebRtcTransport | types.PlainTransport>;
  producers: Map<string, types.Producer>;
  consumers: Map<string, types.Consumer>;
  /** Set by startMedia: what this person's browser can receive. */
  rtpCapabilities: types.RtpCapabilities | undefined;
  sendVideo: boolean;
  receiveVideo: boolean;
  /** Producers this person muted themselves (the server may also hold them paused). */
  selfPaused: Set<string>;
  /** Producers being consumed right now, so two concurrent offers cannot duplicate one. */
  consuming: Set<string>;
};

export function newPeerMedia(peerId: string): PeerMedia {
  return {
    peerId,
    transports: new Map(),
    producers: new Map(),
    consumers: new Map(),
    rtpCapabilities: undefined,
    sendVideo: true,
    receiveVideo: true,
    selfPaused: new Set(),
    consuming: new Set(),
  };
}

export function transportOf(
  media: PeerMedia,
  transportId: string,
  direction?: 'send' | 'recv',
): types.WebRtcTransport | types.PlainTransport {
  const transport = media.transports.get(transportId);
  if (!transport || (direction && transport.appData['direction'] !== direction)) {
    throw new SignalingError('NOT_FOUND', 'Unknown transport.');
  }
  return transport;
}

export function transportOfDirection(
  media: PeerMedia,
  direction: 'send' | 'recv',
): types.WebRtcTransport | types.PlainTransport | undefined {
  for (const transport of media.transports.values()) {
    if (transport.appData['direction'] === direction && !transport.closed) return transport;
  }
  return undefined;
}

export function recvTransportOf(
  media: PeerMedia,
): types.WebRtcTransport | types.PlainTransport | undefined {
  return transportOfDirection(media, 'recv');
}

/** What a browser asks for by id: only WebRTC transports answer to signaling. */
export function webRtcTransportOf(media: PeerMedia, transportId: string): types.WebRtcTransport {
  const transport = transportOf(media, transportId);
  if (transport.type !== 'webrtc') throw new SignalingError('NOT_FOUND', 'Unknown transport.');
  return transport as types.WebRtcTransport;
}

export function producerOf(media: PeerMedia, producerId: string): types.Producer {
  const producer = media.producers.get(producerId);
  if (!producer) throw new SignalingError('NOT_FOUND', 'Unknown producer.');
  return producer;
}

export function producerOfKind(media: PeerMedia, kind: MediaKind): types.Producer | undefined {
  for (const producer of media.producers.values()) if (producer.kind === kind) return producer;
  return undefined;
}

export function consumerOf(media: PeerMedia, consumerId: string): types.Consumer {
  const consumer = media.consumers.get(consumerId);
  if (!consumer) throw new SignalingError('NOT_FOUND', 'Unknown consumer.');
  return consumer;
}

/** Closing the transports closes their producers and consumers too (mediasoup cascades). */
export function closePeerMedia(media: PeerMedia): void {
  for (const transport of media.transports.values()) transport.close();
  media.transports.clear();
  media.producers.clear();
  media.consumers.clear();
}

/**
 * Turns mediasoup's own refusals into MEDIA_ERROR with a plain message; our
 * errors pass through. mediasoup's text names internals (ids, worker state):
 * it rides as the cause, which dispatch writes to the server log only.
 */
export async function mediaCall<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof SignalingError) throw error;
    throw new SignalingError('MEDIA_ERROR', 'The media server could not do this.', undefined, {
      cause: error,
    });
  }
}
