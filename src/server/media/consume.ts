import type { types } from 'mediasoup';
import type { Logger } from '../log';
import { recvTransportOf, type Notify, type PeerMedia } from './peer-media';
import { reportConsumerQuality } from './quality';

export type Offer = {
  router: types.Router;
  receiver: PeerMedia;
  producer: types.Producer;
  producerPeerId: string;
  /** Consumers one receiver may hold: a bound on what one person costs the worker. */
  maxConsumers: number;
  /** False once the receiver's media was torn down while we awaited the worker. */
  stillCurrent: () => boolean;
  notify: Notify;
  logger: Logger;
};

/**
 * Offers one producer to one receiver as a consumer created paused: the
 * client resumes it once its own consumer exists, so no early packets (and no
 * missing keyframe) are lost. Skips what the receiver cannot or will not take.
 */
export async function offerConsumer(offer: Offer): Promise<void> {
  const { router, receiver, producer, producerPeerId, notify } = offer;
  const transport = recvTransportOf(receiver);
  const caps = receiver.rtpCapabilities;
  if (!transport || !caps || producer.closed) return;
  if (producer.kind === 'video' && !receiver.receiveVideo) return;
  if (receiver.consuming.has(producer.id)) return;
  for (const existing of receiver.consumers.values()) {
    if (existing.producerId === producer.id) return;
  }
  if (receiver.consumers.size + receiver.consuming.size >= offer.maxConsumers) {
    offer.logger.warn('consumer limit reached', { limit: offer.maxConsumers });
    return;
  }
  if (!router.canConsume({ producerId: producer.id, rtpCapabilities: caps })) return;
  let consumer: types.Consumer;
  receiver.consuming.add(producer.id);
  try {
    consumer = await transport.consume({
      producerId: producer.id,
      rtpCapabilities: caps,
      paused: true,
      appData: { peerId: producerPeerId },
    });
  } catch (error) {
    // A receiver or producer that vanished meanwhile is not the sender's problem.
    offer.logger.warn('consume failed', { error: (error as Error).message });
    return;
  } finally {
    receiver.consuming.delete(producer.id);
  }
  if (!offer.stillCurrent()) {
    consumer.close();
    return;
  }
  const peerId = receiver.peerId;
  const consumerId = consumer.id;
  receiver.consumers.set(consumerId, consumer);
  consumer.observer.once('close', () => receiver.consumers.delete(consumerId));
  consumer.on('producerclose', () => {
    receiver.consumers.delete(consumerId);
    notify(peerId, 'consumerClosed', { consumerId });
  });
  consumer.on('producerpause', () => notify(peerId, 'consumerPaused', { consumerId }));
  consumer.on('producerresume', () => notify(peerId, 'consumerResumed', { consumerId }));
  reportConsumerQuality(consumer, peerId, notify);
  notify(peerId, 'newConsumer', {
    consumerId,
    producerId: producer.id,
    peerId: producerPeerId,
    kind: consumer.kind,
    rtpParameters: consumer.rtpParameters,
    producerPaused: consumer.producerPaused,
  });
}
