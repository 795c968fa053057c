import type { types } from 'mediasoup';
import type { HoldReason, MediaKind, TransportDirection } from '../../shared/signaling';
import { SignalingError } from '../errors';
import type { Logger } from '../log';
import { TypedEmitter } from '../util/typed-emitter';
import { Holds } from './holds';
import { createPeerTransport, transportInfo } from './transports';
import { createLoadTransport } from './load-transport';
import {
  closePeerMedia,
  consumerOf,
  mediaCall,
  newPeerMedia,
  producerOf,
  producerOfKind,
  recvTransportOf,
  transportOf,
  transportOfDirection,
  webRtcTransportOf,
  type Notify,
  type PeerMedia,
} from './peer-media';
import { offerConsumer } from './consume';
import { Downlinks } from './downlink';
import { reportProducerQuality } from './quality';
import { LazyRouter, type RouterProvider } from './lazy-router';

export type { RouterProvider } from './lazy-router';

export type RoomMediaEvents = {
  /** The dominant speaker changed (ActiveSpeakerObserver). */
  activeSpeaker: [peerId: string];
  /** Volumes of those speaking in the last interval; feeds speaking time. */
  audioLevels: [levels: Array<{ peerId: string; volume: number }>];
  /** Nobody spoke in the last interval. */
  silence: [];
  /** The router was lost with its worker: every client must set its media up again. */
  reset: [];
  /** Someone switched audio-only on or off. */
  preferencesChanged: [peerId: string];
};

export type RoomMediaOptions = {
  provider: RouterProvider;
  /** Sends a notification to one admitted person. */
  notify: Notify;
  /** Whether the person is admitted and connected: media made for anyone else is dropped. */
  isPresent: (peerId: string) => boolean;
  /** Consumers one person may receive at once; past it, more are not offered (and it is logged). */
  maxConsumersPerPeer: number;
  logger: Logger;
};

type Prefs = { sendVideo?: boolean; receiveVideo?: boolean };

/**
 * The mediasoup side of one room: a router created lazily on the least-loaded
 * worker, transports through its WebRtcServer, paused consumers, observers and
 * server-held pauses (talking-piece mode). Async steps re-check that the media
 * they worked on still exists, since a worker may die or a person leave meanwhile.
 */
export class RoomMedia extends TypedEmitter<RoomMediaEvents> {
  readonly #notify: Notify;
  readonly #isPresent: (peerId: string) => boolean;
  readonly #logger: Logger;
  readonly #maxConsumers: number;
  readonly #peers = new Map<string, PeerMedia>();
  readonly #holds: Holds;
  readonly #router: LazyRouter;
  readonly #downlinks: Downlinks;
  #closed = false;

  private constructor(options: RoomMediaOptions) {
    super();
    this.#router = new LazyRouter(
      options.provider,
      {
        activeSpeaker: (peerId) => this.emit('activeSpeaker', peerId),
        audioLevels: (levels) => this.emit('audioLevels', levels),
        silence: () => this.emit('silence'),
      },
      () => this.#onRouterLost(),
    );
    this.#notify = options.notify;
    this.#holds = new Holds(options.notify);
    this.#downlinks = new Downlinks(options.notify);
    this.#isPresent = options.isPresent;
    this.#logger = options.logger;
    this.#maxConsumers = options.maxConsumersPerPeer;
  }

  static create(options: RoomMediaOptions): RoomMedia {
    return new RoomMedia(options);
  }

  get counts(): { producers: Record<MediaKind, number>; consumers: number; transports: number } {
    const producers = { audio: 0, video: 0 };
    let consumers = 0;
    let transports = 0;
    for (const media of this.#peers.values()) {
      for (const producer of media.producers.values()) producers[producer.kind] += 1;
      consumers += media.consumers.size;
      transports += media.transports.size;
    }
    return { producers, consumers, transports };
  }

  /** Transports the worker itself holds for this room (what a flood would pile up). */
  async workerTransportCount(): Promise<number> {
    const dump = await (await this.#router.get()).router.dump();
    return dump.transportIds.length;
  }

  async rtpCapabilities(): Promise<types.RtpCapabilities> {
    return (await this.#router.get()).router.rtpCapabilities;
  }

  async createTransport(peerId: string, direction: TransportDirection) {
    const generation = this.#router.generation;
    const transport = await createPeerTransport(await this.#router.get(), peerId, direction);
    if (generation !== this.#router.generation || this.#closed || !this.#isPresent(peerId)) {
      transport.close();
      throw new SignalingError('MEDIA_UNAVAILABLE', 'The media session ended; set it up again.');
    }
    const media = this.#peerMedia(peerId);
    // One transport per direction: a new one replaces the old (its producers or
    // consumers go with it), so asking again and again costs the worker nothing more,
    // and a page setting its media up anew (video after a weak downlink) lets go of the old.
    transportOfDirection(media, direction)?.close();
    media.transports.set(transport.id, transport);
    transport.observer.once('close', () => media.transports.delete(transport.id));
    if (direction === 'recv') await this.#downlinks.watch(media, transport);
    return transportInfo(transport);
  }

  /**
   * For in-process load tools only (`npm run bench:sfu`): a plain RTP
   * transport (SRTP, on 127.0.0.1) for a seated person, used like a browser's
   * WebRTC one by produce and by the consumers the server offers. No
   * signaling method reaches it; the caller connects it to its own sockets.
   */
  async createLoadTransport(peerId: string, direction: TransportDirection) {
    const generation = this.#router.generation;
    const { router } = await this.#router.get();
    const transport = await mediaCall(() => createLoadTransport(router, peerId, direction));
    if (generation !== this.#router.generation || this.#closed || !this.#isPresent(peerId)) {
      transport.close();
      throw new SignalingError('MEDIA_UNAVAILABLE', 'The media session ended; set it up again.');
    }
    const media = this.#peerMedia(peerId);
    media.transports.set(transport.id, transport);
    transport.observer.once('close', () => media.transports.delete(transport.id));
    return transport;
  }

  async connectTransport(peerId: string, transportId: string, dtls: types.DtlsParameters) {
    const transport = webRtcTransportOf(this.#existing(peerId), transportId);
    if (transport.dtlsState !== 'new') {
      throw new SignalingError('OUT_OF_ORDER', 'This transport is already connected.');
    }
    await mediaCall(() => transport.connect({ dtlsParameters: dtls }));
  }

  async restartIce(peerId: string, transportId: string) {
    const transport = webRtcTransportOf(this.#existing(peerId), transportId);
    return { iceParameters: await mediaCall(() => transport.restartIce()) };
  }

  /** Records what the person can receive, then offers them every producer already there. */
  async startMedia(peerId: string, caps: types.RtpCapabilities, prefs: Required<Prefs>) {
    const media = this.#existing(peerId);
    if (!recvTransportOf(media)) {
      throw new SignalingError('OUT_OF_ORDER', 'Create a receiving transport first.');
    }
    await this.#router.get();
    media.rtpCapabilities = caps;
    await this.setPreferences(peerId, prefs);
    await this.#consumeAllFor(media);
  }

  async setPreferences(peerId: string, prefs: Prefs) {
    const media = this.#existing(peerId);
    if (prefs.sendVideo !== undefined && prefs.sendVideo !== media.sendVideo) {
      media.sendVideo = prefs.sendVideo;
      if (!prefs.sendVideo) producerOfKind(media, 'video')?.close();
      this.emit('preferencesChanged', peerId);
    }
    if (prefs.receiveVideo !== undefined && prefs.receiveVideo !== media.receiveVideo) {
      media.receiveVideo = prefs.receiveVideo;
      if (prefs.receiveVideo) this.#downlinks.rearm(peerId);
      if (!prefs.receiveVideo) {
        for (const consumer of [...media.consumers.values()]) {
          if (consumer.kind !== 'video') continue;
          consumer.close();
          media.consumers.delete(consumer.id);
          this.#notify(peerId, 'consumerClosed', { consumerId: consumer.id });
        }
      } else if (media.rtpCapabilities) {
        await this.#consumeAllFor(media);
      }
    }
  }

  async produce(peerId: string, transportId: string, kind: MediaKind, rtp: types.RtpParameters) {
    const media = this.#existing(peerId);
    const transport = transportOf(media, transportId, 'send');
    if (!media.rtpCapabilities) throw new SignalingError('OUT_OF_ORDER', 'Call startMedia first.');
    if (kind === 'video' && !media.sendVideo) {
      throw new SignalingError('OUT_OF_ORDER', 'Audio-only: video is switched off.');
    }
    if (producerOfKind(media, kind)) {
      throw new SignalingError('OUT_OF_ORDER', `Already sending ${kind}; close it first.`);
    }
    const heldPaused = this.#holds.has(peerId, kind);
    const { observers } = await this.#router.get();
    const producer = await mediaCall(() =>
      transport.produce({ kind, rtpParameters: rtp, paused: heldPaused, appData: { peerId } }),
    );
    if (transport.closed || this.#existingOrUndefined(peerId) !== media) {
      producer.close();
      throw new SignalingError('MEDIA_UNAVAILABLE', 'The media session ended; set it up again.');
    }
    media.producers.set(producer.id, producer);
    producer.observer.once('close', () => {
      media.producers.delete(producer.id);
      media.selfPaused.delete(producer.id);
    });
    reportProducerQuality(producer, peerId, this.#notify);
    if (kind === 'audio') await observers.add(producer);
    if (heldPaused) this.#holds.announce(peerId, kind);
    for (const other of this.#peers.values()) {
      if (other !== media) await this.#consume(other, producer, peerId);
    }
    return { producerId: producer.id };
  }

  closeProducer(peerId: string, producerId: string): void {
    producerOf(this.#existing(peerId), producerId).close();
  }

  async pauseProducer(peerId: string, producerId: string, paused: boolean): Promise<void> {
    const media = this.#existing(peerId);
    const producer = producerOf(media, producerId);
    if (!paused) this.#holds.assertMayResume(peerId, producer.kind);
    if (paused) media.selfPaused.add(producerId);
    else media.selfPaused.delete(producerId);
    await this.#holds.apply(media, producer);
  }

  async resumeConsumer(peerId: string, consumerId: string): Promise<void> {
    const consumer = consumerOf(this.#existing(peerId), consumerId);
    await mediaCall(() => consumer.resume());
  }

  async setPreferredLayers(peerId: string, consumerId: string, layers: types.ConsumerLayers) {
    const consumer = consumerOf(this.#existing(peerId), consumerId);
    if (consumer.type !== 'simulcast') {
      throw new SignalingError('OUT_OF_ORDER', 'Only simulcast video has layers.');
    }
    await mediaCall(() => consumer.setPreferredLayers(layers));
    // Under congestion mediasoup serves higher priorities first: the bigger pictures keep theirs.
    await mediaCall(() => consumer.setPriority(1 + layers.spatialLayer));
  }

  /**
   * Holds a person's microphone or camera paused at the server for one reason
   * (or releases that reason). Applies to the current producer and any one
   * they create later; the producer flows again only when no reason is left.
   */
  async setServerPaused(
    peerId: string,
    kind: MediaKind,
    paused: boolean,
    reason: HoldReason = 'facilitator',
  ): Promise<void> {
    await this.#holds.set(peerId, kind, reason, paused, this.#peers.get(peerId));
  }

  isServerPaused(peerId: string, kind: MediaKind): boolean {
    return this.#holds.has(peerId, kind);
  }

  /** The person's producer of this kind, if they send one (for tests and metrics). */
  producerOf(peerId: string, kind: MediaKind): types.Producer | undefined {
    const media = this.#peers.get(peerId);
    return media && producerOfKind(media, kind);
  }

  /** Audio-only is a choice made in startMedia/setMediaPreferences; false until then. */
  isAudioOnly(peerId: string): boolean {
    return this.#peers.get(peerId)?.sendVideo === false;
  }

  /** The person's connection dropped: their transports go, server-held pauses stay. */
  closePeer(peerId: string): void {
    const media = this.#peers.get(peerId);
    if (!media) return;
    this.#peers.delete(peerId);
    closePeerMedia(media);
  }

  /** The seat is gone for good. */
  forgetPeer(peerId: string): void {
    this.closePeer(peerId);
    this.#holds.forget(peerId);
    this.#downlinks.forget(peerId);
  }

  close(): void {
    this.#closed = true;
    for (const peerId of [...this.#peers.keys()]) this.closePeer(peerId);
    this.#router.close();
    this.removeAllListeners();
  }

  #onRouterLost(): void {
    if (this.#closed) return;
    this.#logger.warn('room media lost with its worker; clients told to reconnect media');
    for (const peerId of [...this.#peers.keys()]) this.closePeer(peerId);
    this.emit('reset');
  }

  #peerMedia(peerId: string): PeerMedia {
    let media = this.#peers.get(peerId);
    if (!media) {
      media = newPeerMedia(peerId);
      this.#peers.set(peerId, media);
    }
    return media;
  }

  #existingOrUndefined(peerId: string): PeerMedia | undefined {
    return this.#peers.get(peerId);
  }

  #existing(peerId: string): PeerMedia {
    const media = this.#peers.get(peerId);
    if (!media) throw new SignalingError('OUT_OF_ORDER', 'Create a transport first.');
    return media;
  }

  async #consumeAllFor(media: PeerMedia): Promise<void> {
    for (const other of this.#peers.values()) {
      if (other === media) continue;
      for (const producer of other.producers.values()) {
        await this.#consume(media, producer, other.peerId);
      }
    }
  }

  async #consume(receiver: PeerMedia, producer: types.Producer, producerPeerId: string) {
    const { router } = await this.#router.get();
    await offerConsumer({
      router,
      receiver,
      producer,
      producerPeerId,
      maxConsumers: this.#maxConsumers,
      stillCurrent: () => this.#peers.get(receiver.peerId) === receiver,
      notify: this.#notify,
      logger: this.#logger,
    });
  }
}
