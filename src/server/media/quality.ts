import type { types } from 'mediasoup';
import type { Notify } from './peer-media';

/*
 * What the connection-quality indicator and the receiving page need to know
 * as it changes: mediasoup's scores (it emits them when they change, a few
 * times a minute at most) and the simulcast layer each video consumer
 * forwards. Nothing here is logged: scores name no one, but they are the
 * receiver's business only.
 */

/** Tells the receiver how its consumer fares, and which layer it gets. */
export function reportConsumerQuality(consumer: types.Consumer, peerId: string, notify: Notify) {
  const consumerId = consumer.id;
  consumer.on('score', ({ score, producerScore }) => {
    notify(peerId, 'consumerScore', { consumerId, score, producerScore });
  });
  if (consumer.kind !== 'video') return;
  consumer.on('layerschange', (layers) => {
    notify(peerId, 'consumerLayers', { consumerId, spatialLayer: layers?.spatialLayer ?? null });
  });
}

/** Tells the sender how well their own microphone or camera reaches the server. */
export function reportProducerQuality(producer: types.Producer, peerId: string, notify: Notify) {
  let last = -1;
  producer.on('score', (scores) => {
    // Simulcast: the best layer says whether the camera gets through at all.
    const score = scores.reduce((best, entry) => Math.max(best, entry.score), 0);
    if (score === last) return;
    last = score;
    notify(peerId, 'producerScore', { kind: producer.kind, score });
  });
}
