import type { types } from 'mediasoup-client';
import type { MediaKind, RequestResult } from '../../../shared/signaling';
import { Device } from './load-mediasoup';
import { mendIce } from './ice-mending';
import { layerForTile } from './quality';
import type { RoomLink } from './room-link';

/** One remote track: someone's microphone or camera as this page receives it. */
export type RemoteFeed = {
  consumerId: string;
  peerId: string;
  kind: MediaKind;
  track: MediaStreamTrack;
  /** Its sender muted it, or the facilitator holds it paused. */
  paused: boolean;
  /** How well it reaches us and how well it reaches the server (mediasoup scores, 0–10). */
  score?: number;
  producerScore?: number;
  /** Video: the simulcast layer forwarded to us; null when none fits our downlink. */
  spatialLayer?: number | null;
};

export type MediaWants = {
  audio: MediaStreamTrack | null;
  video: MediaStreamTrack | null;
  /** Neither send nor receive video (weak connections, or a person's choice). */
  audioOnly: boolean;
  /** False after a downlink too weak for any picture (the person may ask for video again). */
  receiveVideo: boolean;
  micMuted: boolean;
};

/**
 * VP8 simulcast in three layers (¼, ½ and full size): the server forwards to
 * each receiver the layer their connection can take.
 */
const simulcast: types.RtpEncodingParameters[] = [
  { scaleResolutionDownBy: 4, maxBitrate: 120_000 },
  { scaleResolutionDownBy: 2, maxBitrate: 350_000 },
  { scaleResolutionDownBy: 1, maxBitrate: 900_000 },
];
/** Opus with in-band FEC for lossy links, DTX to send almost nothing in silence. */
const opus: types.ProducerCodecOptions = { opusStereo: false, opusFec: true, opusDtx: true };
/**
 * The voice goes first: under congestion the browser gives audio its bitrate
 * before video (priority) and marks its packets for routers that honour it
 * (networkPriority, DSCP).
 */
const voiceFirst: types.RtpEncodingParameters[] = [{ priority: 'high', networkPriority: 'high' }];

type TransportInfo = RequestResult<'createTransport'>;

/**
 * The mediasoup side of one stay in a call: a Device loaded with the room
 * router's capabilities, a send and a receive transport, our producers and
 * the consumers the server offers. A reconnect or a media reset throws it
 * away and starts a new one; local tracks outlive it.
 */
export class MediaSession {
  readonly #link: RoomLink;
  readonly #onChange: () => void;
  readonly #feeds = new Map<string, RemoteFeed>();
  readonly #consumers = new Map<string, types.Consumer>();
  readonly #producers = new Map<MediaKind, types.Producer>();
  /** Consumers still being created: a close or pause may overtake them. */
  readonly #pending = new Map<string, { paused: boolean; closed: boolean }>();
  readonly #stops: Array<() => void> = [];
  /** The simulcast layer asked for each video consumer, so a resize asks only on a change. */
  readonly #layers = new Map<string, number>();
  /** How well our own microphone and camera reach the server. */
  #ownScores: Partial<Record<MediaKind, number>> = {};
  #send: types.Transport | undefined;
  #recv: types.Transport | undefined;
  #closed = false;

  private constructor(link: RoomLink, onChange: () => void) {
    this.#link = link;
    this.#onChange = onChange;
  }

  /**
   * The protocol order: capabilities → Device → transports → startMedia
   * (which offers existing producers as paused consumers) → our producers.
   */
  static async start(
    link: RoomLink,
    wants: MediaWants,
    onChange: () => void,
  ): Promise<MediaSession> {
    const session = new MediaSession(link, onChange);
    try {
      await session.#setUp(wants);
    } catch (error) {
      session.close();
      throw error;
    }
    return session;
  }

  get feeds(): RemoteFeed[] {
    return [...this.#feeds.values()];
  }

  has(kind: MediaKind): boolean {
    return this.#producers.has(kind);
  }

  /** mediasoup's scores for what we send (undefined until the server said). */
  get ownScores(): Partial<Record<MediaKind, number>> {
    return this.#ownScores;
  }

  /**
   * A tile showing `peerId`'s picture is this tall (CSS pixels): ask the
   * server for the smallest simulcast layer that fills it. The server still
   * lowers it when our downlink cannot carry it (bandwidth estimation).
   */
  preferTileHeight(peerId: string, cssHeight: number, devicePixelRatio: number): void {
    const feed = [...this.#feeds.values()].find((f) => f.peerId === peerId && f.kind === 'video');
    if (!feed || cssHeight <= 0) return;
    const spatialLayer = layerForTile(cssHeight, devicePixelRatio);
    if (this.#layers.get(feed.consumerId) === spatialLayer) return;
    this.#layers.set(feed.consumerId, spatialLayer);
    void this.#link
      .request('setConsumerPreferredLayers', { consumerId: feed.consumerId, spatialLayer })
      .catch(() => this.#layers.delete(feed.consumerId));
  }

  async #setUp(wants: MediaWants): Promise<void> {
    const { rtpCapabilities } = await this.#link.request('getRouterRtpCapabilities', {});
    const device = await Device.factory();
    await device.load({ routerRtpCapabilities: rtpCapabilities as types.RtpCapabilities });
    this.#listen();
    this.#send = this.#transport(device, await this.#create('send'), 'send');
    this.#recv = this.#transport(device, await this.#create('recv'), 'recv');
    await this.#link.request('startMedia', {
      rtpCapabilities: device.recvRtpCapabilities,
      sendVideo: !wants.audioOnly,
      receiveVideo: !wants.audioOnly && wants.receiveVideo,
    });
    if (wants.audio && device.canProduce('audio')) {
      await this.produce('audio', wants.audio, wants.micMuted);
    }
    if (wants.video && !wants.audioOnly && device.canProduce('video')) {
      await this.produce('video', wants.video, false);
    }
  }

  #create(direction: 'send' | 'recv'): Promise<TransportInfo> {
    return this.#link.request('createTransport', { direction });
  }

  #transport(device: Device, info: TransportInfo, direction: 'send' | 'recv') {
    const options = {
      id: info.transportId,
      iceParameters: info.iceParameters as types.IceParameters,
      iceCandidates: info.iceCandidates as types.IceCandidate[],
      dtlsParameters: info.dtlsParameters as types.DtlsParameters,
    };
    const transport =
      direction === 'send'
        ? device.createSendTransport(options)
        : device.createRecvTransport(options);
    transport.on('connect', ({ dtlsParameters }, done, fail) => {
      this.#link
        .request('connectTransport', { transportId: transport.id, dtlsParameters })
        .then(() => done(), fail);
    });
    transport.on('produce', ({ kind, rtpParameters }, done, fail) => {
      this.#link
        .request('produce', { transportId: transport.id, kind, rtpParameters })
        .then(({ producerId }) => done({ id: producerId }), fail);
    });
    this.#stops.push(mendIce(transport, this.#link, () => this.#closed));
    return transport;
  }

  #listen(): void {
    const link = this.#link;
    this.#stops.push(
      link.onNotification('newConsumer', (data) => void this.#consume(data)),
      link.onNotification('consumerClosed', ({ consumerId }) => this.#drop(consumerId)),
      link.onNotification('consumerPaused', ({ consumerId }) => this.#setPaused(consumerId, true)),
      link.onNotification('consumerResumed', ({ consumerId }) =>
        this.#setPaused(consumerId, false),
      ),
      link.onNotification('consumerScore', ({ consumerId, score, producerScore }) =>
        this.#update(consumerId, { score, producerScore }),
      ),
      link.onNotification('consumerLayers', ({ consumerId, spatialLayer }) =>
        this.#update(consumerId, { spatialLayer }),
      ),
      link.onNotification('producerScore', ({ kind, score }) => {
        if (this.#ownScores[kind] === score) return;
        this.#ownScores = { ...this.#ownScores, [kind]: score };
        this.#onChange();
      }),
    );
  }

  /** Scores and layers can come before our consumer exists: those are dropped, later ones follow. */
  #update(consumerId: string, change: Partial<RemoteFeed>): void {
    const feed = this.#feeds.get(consumerId);
    if (!feed) return;
    this.#feeds.set(consumerId, { ...feed, ...change });
    this.#onChange();
  }

  /** Consumers arrive paused at the server: create ours, then ask for packets. */
  async #consume(data: {
    consumerId: string;
    producerId: string;
    peerId: string;
    kind: MediaKind;
    rtpParameters: unknown;
    producerPaused: boolean;
  }): Promise<void> {
    if (!this.#recv || this.#closed) return;
    const pending = { paused: data.producerPaused, closed: false };
    this.#pending.set(data.consumerId, pending);
    let consumer: types.Consumer;
    try {
      consumer = await this.#recv.consume({
        id: data.consumerId,
        producerId: data.producerId,
        kind: data.kind,
        rtpParameters: data.rtpParameters as types.RtpParameters,
      });
    } catch (error) {
      console.warn('[cercle] cannot receive a track', error);
      return;
    } finally {
      this.#pending.delete(data.consumerId);
    }
    if (this.#closed || pending.closed) {
      consumer.close();
      return;
    }
    this.#consumers.set(consumer.id, consumer);
    this.#feeds.set(consumer.id, {
      consumerId: consumer.id,
      peerId: data.peerId,
      kind: data.kind,
      track: consumer.track,
      paused: pending.paused,
    });
    this.#onChange();
    await this.#link.request('resumeConsumer', { consumerId: consumer.id }).catch(() => undefined);
  }

  #drop(consumerId: string): void {
    const pending = this.#pending.get(consumerId);
    if (pending) pending.closed = true;
    this.#consumers.get(consumerId)?.close();
    this.#consumers.delete(consumerId);
    this.#layers.delete(consumerId);
    if (this.#feeds.delete(consumerId)) this.#onChange();
  }

  #setPaused(consumerId: string, paused: boolean): void {
    const pending = this.#pending.get(consumerId);
    if (pending) pending.paused = paused;
    const feed = this.#feeds.get(consumerId);
    if (!feed || feed.paused === paused) return;
    this.#feeds.set(consumerId, { ...feed, paused });
    this.#onChange();
  }

  /** Starts sending a track; local tracks are ours to stop, never the producer's. */
  async produce(kind: MediaKind, track: MediaStreamTrack, paused: boolean): Promise<void> {
    if (!this.#send || this.#producers.has(kind)) return;
    const producer = await this.#send.produce({
      track,
      stopTracks: false,
      ...(kind === 'video'
        ? { encodings: simulcast }
        : { codecOptions: opus, encodings: voiceFirst }),
    });
    this.#producers.set(kind, producer);
    if (paused) await this.setPaused(kind, true);
  }

  /** Stops sending a track (camera off, or audio-only). */
  async stop(kind: MediaKind): Promise<void> {
    const producer = this.#producers.get(kind);
    if (!producer) return;
    this.#producers.delete(kind);
    producer.close();
    await this.#link.request('closeProducer', { producerId: producer.id }).catch(() => undefined);
  }

  /** Mutes or unmutes our own track; the server refuses to unmute what the facilitator holds. */
  async setPaused(kind: MediaKind, paused: boolean): Promise<void> {
    const producer = this.#producers.get(kind);
    if (!producer) return;
    if (paused) {
      producer.pause();
      await this.#link.request('pauseProducer', { producerId: producer.id });
      return;
    }
    await this.#link.request('resumeProducer', { producerId: producer.id });
    producer.resume();
  }

  /** Receives video again, or stops receiving it (a downlink too weak for any picture). */
  async setReceiveVideo(receiveVideo: boolean): Promise<void> {
    await this.#link.request('setMediaPreferences', { receiveVideo });
  }

  /** Switches audio-only on or off at the server (it closes or offers video consumers). */
  async setAudioOnly(audioOnly: boolean): Promise<void> {
    if (audioOnly) await this.stop('video');
    await this.#link.request('setMediaPreferences', {
      sendVideo: !audioOnly,
      receiveVideo: !audioOnly,
    });
  }

  /** WebRTC statistics of both transports (inbound-rtp, outbound-rtp…). */
  async stats(): Promise<RTCStatsReport[]> {
    const transports = [this.#send, this.#recv].filter((t) => t !== undefined && !t.closed);
    return Promise.all(transports.map((transport) => transport!.getStats()));
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    for (const stop of this.#stops.splice(0)) stop();
    this.#send?.close();
    this.#recv?.close();
    this.#consumers.clear();
    this.#producers.clear();
    this.#feeds.clear();
  }
}
