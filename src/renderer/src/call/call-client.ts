import { SignalingError } from '../../../shared/signaling/errors';
import { AudioOutput, type Voice } from './audio-output';
import { Stateful } from '../state/store';
import type {
  CallClientEvents,
  CallClientOptions,
  CallNotice,
  CallSnapshot,
  PeerFeeds,
} from './call-types';
import { openDevices } from './local-media';
import { MediaSession } from './media-session';
import { callStartMark } from './metrics';
import type { LinkEnd, RoomLink } from './room-link';

export type * from './call-types';

/** First automatic retry of video after a weak downlink stopped it (then 2, 4, 8 times longer). */
const videoRetryMs = 60_000;

/**
 * One person's call, outside React (like mediasoup-demo's RoomClient): media
 * through a MediaSession, the room as the server describes it, mute and
 * audio-only choices, and recovery after reconnects and media resets. React
 * renders its snapshot (Stateful).
 */
export class CallClient extends Stateful<CallSnapshot, CallClientEvents> {
  readonly #link: RoomLink;
  readonly #audio: AudioOutput;
  readonly #stops: Array<() => void> = [];
  #session: MediaSession | undefined;
  #generation = 0;
  #noticeSerial = 0;
  /** After a weak downlink stopped video: when to try it again by itself, and how often it failed. */
  #videoRetry: ReturnType<typeof setTimeout> | undefined;
  #videoDrops = 0;

  private constructor(options: CallClientOptions) {
    super({
      phase: 'connecting',
      selfId: options.selfId,
      role: options.role,
      room: options.state,
      local: options.tracks,
      micMuted: false,
      cameraOff: options.tracks.video === null,
      audioOnly: options.audioOnly,
      held: { audio: false, video: false },
      videoDropped: false,
      ownScores: {},
      feeds: {},
      speaking: [],
      activeSpeaker: null,
      notice: null,
      mediaProblem: null,
      audioBlocked: false,
      end: null,
    });
    this.#link = options.link;
    this.#audio = new AudioOutput((audioBlocked) => this.patch({ audioBlocked }));
  }

  static create(options: CallClientOptions): CallClient {
    const client = new CallClient(options);
    performance.mark(callStartMark);
    client.#listen();
    void client.#startMedia();
    return client;
  }

  /** The room connection under this call, for features beside it (speaking rounds). */
  get link(): RoomLink {
    return this.#link;
  }

  async setMicMuted(muted: boolean): Promise<void> {
    const before = this.state.micMuted;
    if (before === muted) return;
    this.patch({ micMuted: muted });
    try {
      await this.#session?.setPaused('audio', muted);
    } catch (error) {
      if (!muted && error instanceof SignalingError && error.code === 'FORBIDDEN') {
        this.patch({ micMuted: true });
        this.#notify({ kind: 'stillHeld', media: 'audio' });
      }
    }
  }

  async setCameraOff(off: boolean): Promise<void> {
    const snapshot = this.state;
    if (snapshot.cameraOff === off || snapshot.audioOnly) return;
    if (off) {
      this.patch({ cameraOff: true });
      await this.#stopCamera();
      return;
    }
    if (await this.#startCamera()) this.patch({ cameraOff: false });
  }

  /** Audio only: sends and receives no video, for weak connections. */
  async setAudioOnly(audioOnly: boolean): Promise<void> {
    const snapshot = this.state;
    if (snapshot.audioOnly === audioOnly) return;
    this.patch({ audioOnly });
    await this.#session?.setAudioOnly(audioOnly).catch(() => undefined);
    if (audioOnly) await this.#stopCamera();
    else if (!snapshot.cameraOff) await this.#startCamera();
  }

  /**
   * Receives the others' video again after a weak downlink stopped it. Media
   * is set up anew (a second, as after a reconnect): a new receiving
   * transport's bandwidth estimate starts afresh, while the old one's does
   * not climb back with only the voice flowing.
   */
  async retryVideo(): Promise<void> {
    clearTimeout(this.#videoRetry);
    if (!this.state.videoDropped) return;
    this.patch({ videoDropped: false });
    await this.#startMedia();
  }

  /** A tile shows `peerId`'s picture at this height: the server sends a layer that fits. */
  preferTileHeight(peerId: string, cssHeight: number): void {
    this.#session?.preferTileHeight(peerId, cssHeight, globalThis.devicePixelRatio ?? 1);
  }

  /** Plays the others' voices after the browser refused to without a click. */
  unlockAudio(): void {
    this.#audio.unlock();
  }

  async leave(): Promise<void> {
    await this.#link.leave();
  }

  /** WebRTC statistics of the current transports, for diagnostics and tests. */
  async stats(): Promise<RTCStatsReport[]> {
    return (await this.#session?.stats()) ?? [];
  }

  #listen(): void {
    const link = this.#link;
    this.#stops.push(
      link.onNotification('roomState', ({ state }) => this.patch({ room: state })),
      link.onNotification('activeSpeaker', ({ peerId }) => this.patch({ activeSpeaker: peerId })),
      link.onNotification('audioLevels', ({ levels }) =>
        this.patch({ speaking: levels.map((level) => level.peerId) }),
      ),
      link.onNotification('pausedByServer', ({ kind, paused }) => {
        this.patch({ held: { ...this.state.held, [kind]: paused } });
        this.#notify({ kind: 'held', media: kind, paused });
      }),
      link.onNotification('downlinkWeak', () => {
        const snapshot = this.state;
        if (snapshot.videoDropped || snapshot.audioOnly) return;
        this.patch({ videoDropped: true });
        this.#notify({ kind: 'weakDownlink' });
        void this.#session?.setReceiveVideo(false).catch(() => undefined);
        // The way back without a click: try again later, waiting longer each time it fails.
        const waitMs = videoRetryMs * 2 ** Math.min(this.#videoDrops++, 3);
        clearTimeout(this.#videoRetry);
        this.#videoRetry = setTimeout(() => void this.retryVideo(), waitMs);
      }),
      link.onNotification('mediaReset', () => {
        this.#notify({ kind: 'mediaRestarted' });
        void this.#startMedia();
      }),
      link.on('status', (status) => {
        if (status !== 'reconnecting') return;
        this.#generation++;
        this.#closeMedia();
        this.patch({ phase: 'reconnecting', speaking: [] });
        this.#notify({ kind: 'reconnecting' });
      }),
      link.on('resumed', (outcome) => {
        if (outcome.status !== 'joined') return;
        // A facilitator who took the room back with the key may hold a new seat.
        const selfId = this.#link.seat?.peerId ?? this.state.selfId;
        this.patch({ room: outcome.state, role: outcome.role, selfId });
        this.#notify({ kind: 'reconnected' });
        void this.#startMedia();
      }),
      link.on('ended', (end) => this.#end(end)),
    );
  }

  async #startMedia(): Promise<void> {
    const generation = ++this.#generation;
    this.#closeMedia();
    this.patch({ phase: 'connecting', mediaProblem: null });
    const snapshot = this.state;
    try {
      const session = await MediaSession.start(
        this.#link,
        {
          audio: snapshot.local.audio,
          video: snapshot.cameraOff ? null : snapshot.local.video,
          audioOnly: snapshot.audioOnly,
          receiveVideo: !snapshot.videoDropped,
          micMuted: snapshot.micMuted,
        },
        () => this.#feedsChanged(),
      );
      if (generation !== this.#generation || this.state.end) {
        session.close();
        return;
      }
      this.#session = session;
      this.#feedsChanged();
      this.patch({ phase: 'live' });
    } catch (error) {
      // A dropped connection bumped the generation: the reconnect sets media up again.
      if (generation !== this.#generation || this.state.end) return;
      const unavailable = error instanceof SignalingError && error.code === 'MEDIA_UNAVAILABLE';
      console.warn('[cercle] media set-up failed', error);
      this.patch({ phase: 'live', mediaProblem: unavailable ? 'unavailable' : 'failed' });
    }
  }

  async #startCamera(): Promise<boolean> {
    const check = await openDevices({ audio: false, video: true });
    if (!check.video) {
      this.#notify({ kind: 'cameraProblem', problem: check.videoProblem ?? 'failed' });
      return false;
    }
    const local = { ...this.state.local, video: check.video };
    this.patch({ local });
    await this.#session?.produce('video', check.video, false).catch(() => undefined);
    return true;
  }

  async #stopCamera(): Promise<void> {
    const local = this.state.local;
    await this.#session?.stop('video');
    local.video?.stop();
    this.patch({ local: { ...local, video: null } });
  }

  #feedsChanged(): void {
    const feeds: Record<string, PeerFeeds> = {};
    const voices: Voice[] = [];
    for (const feed of this.#session?.feeds ?? []) {
      feeds[feed.peerId] = { ...feeds[feed.peerId], [feed.kind]: feed };
      if (feed.kind === 'audio') voices.push(feed);
    }
    this.#audio.sync(voices);
    this.patch({ feeds, ownScores: this.#session?.ownScores ?? {} });
  }

  #closeMedia(): void {
    this.#session?.close();
    this.#session = undefined;
    this.#feedsChanged();
  }

  #end(end: LinkEnd): void {
    this.#generation++;
    clearTimeout(this.#videoRetry);
    this.#closeMedia();
    this.#audio.close();
    const { local } = this.state;
    local.audio?.stop();
    local.video?.stop();
    for (const stop of this.#stops.splice(0)) stop();
    this.patch({ phase: 'ended', end, speaking: [], activeSpeaker: null });
    this.emit('ended', end);
  }

  #notify(notice: CallNotice): void {
    this.#noticeSerial += 1;
    this.patch({ notice: { serial: this.#noticeSerial, notice } });
    this.emit('notice', notice);
  }
}
