import type { ClockOffset } from '../../../shared/clock';
import type {
  EngineState,
  FreeTimeExtensionMs,
  LateJoiners,
  RoundErrorCode,
  RoundExtensionMs,
} from '../../../shared/rounds';
import type {
  HoldReason,
  Method,
  OrderChoice,
  RequestInput,
  SignalingErrorCode,
} from '../../../shared/signaling';
import { SignalingError } from '../../../shared/signaling/errors';
import { Stateful } from '../state/store';
import { monotonicNow, type RoundsLink } from './rounds-link';
import { ServerClock } from './server-clock';

/** Why a command did not go through: the engine's reason, the server's, or no connection. */
export type RefusalCode = RoundErrorCode | SignalingErrorCode | 'unreachable';

export type RoundsSnapshot = {
  /** Null until the server sent the first activity state. */
  state: EngineState | null;
  talkingPiece: boolean;
  /** What holds this person's microphone paused at the server; empty when nothing does. */
  micHeld: readonly HoldReason[];
  /** The last refused command, with a serial so the same refusal is said again. */
  refusal: { serial: number; code: RefusalCode } | null;
  /** The measured server-clock offset; null before the first ping came back. */
  clock: ClockOffset | null;
};

export type RoundsClientOptions = {
  link: RoundsLink;
  selfId: string;
  /** Local clock in epoch ms; default `performance.timeOrigin + performance.now()`. */
  localNow?: () => number;
  /** How often to sample the server clock again; 0 for never (tests). */
  resampleMs?: number;
  pingsPerSample?: number;
};

export type RoundStart = {
  order: OrderChoice;
  turnMs: number;
  passAllowed: boolean;
  lateJoiners: LateJoiners;
  talkingPiece: boolean;
};

/**
 * The speaking activity as this page sees it, outside React: the server's
 * latest state, this page's offset to the server clock, and the round
 * commands. Countdowns read `serverNow()` on each frame; they never count.
 * Both the participant page and the facilitator's app use it.
 */
export class RoundsClient extends Stateful<RoundsSnapshot> {
  readonly selfId: string;
  readonly #link: RoundsLink;
  readonly #clock: ServerClock;
  readonly #stops: Array<() => void> = [];
  readonly #pings: number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #serial = 0;
  #disposed = false;

  private constructor(options: RoundsClientOptions) {
    super({
      state: null,
      talkingPiece: false,
      micHeld: [],
      refusal: null,
      clock: null,
    });
    this.selfId = options.selfId;
    this.#link = options.link;
    this.#clock = new ServerClock(options.localNow ?? monotonicNow);
    this.#pings = options.pingsPerSample ?? 3;
  }

  /** Listens first, then asks for the state (it may also come on its own) and samples the clock. */
  static create(options: RoundsClientOptions): RoundsClient {
    const client = new RoundsClient(options);
    client.#listen();
    void client.refresh();
    void client.#sampleClock(Math.max(5, client.#pings));
    const every = options.resampleMs ?? 30_000;
    if (every > 0) client.#schedule(every);
    return client;
  }

  /** The server's clock now, as this page best knows it. */
  serverNow = (): number => this.#clock.now();
  /** This page's own clock, the one `serverNow` is derived from. */
  localNow = (): number => this.#clock.localNow();

  /** Asks the server for the state (after a reconnect, or if the push was missed). */
  async refresh(): Promise<void> {
    try {
      this.#accept(await this.#link.request('getActivityState', {}));
    } catch {
      // The push after admission or reconnection brings it anyway.
    }
  }

  dispose(): void {
    this.#disposed = true;
    if (this.#timer) clearTimeout(this.#timer);
    for (const stop of this.#stops.splice(0)) stop();
  }

  /* Rounds. Turn commands name the speaker this page shows, so a double press cannot skip two people. */
  startRound(start: RoundStart): Promise<boolean> {
    return this.#send('roundStart', start);
  }
  next(): Promise<boolean> {
    const speaker = this.#speaker();
    if (this.#kind() === 'openFloor') return this.#send('floorNext', {});
    if (speaker === null) return Promise.resolve(false);
    return this.#send('roundNext', { peerId: speaker });
  }
  /** "Je passe": for oneself (participants), or the speaker (staff). */
  pass(peerId: string = this.selfId): Promise<boolean> {
    return this.#send('roundPass', { peerId });
  }
  skip(peerId: string): Promise<boolean> {
    return this.#send('roundSkip', { peerId });
  }
  back(): Promise<boolean> {
    return this.#send('roundBack', {});
  }
  /** The people still waiting, in their new order. */
  reorder(peerIds: string[]): Promise<boolean> {
    return this.#send('roundReorder', { peerIds });
  }

  /* Open floor. */
  startFloor(turnMs: number | null, talkingPiece: boolean): Promise<boolean> {
    return this.#send('floorStart', { turnMs, talkingPiece });
  }
  raiseHand(peerId: string = this.selfId): Promise<boolean> {
    return this.#send('floorRaiseHand', { peerId });
  }
  lowerHand(peerId: string = this.selfId): Promise<boolean> {
    return this.#send('floorLowerHand', { peerId });
  }
  giveFloor(peerId: string): Promise<boolean> {
    return this.#send('floorGiveFloor', { peerId });
  }
  clearQueue(): Promise<boolean> {
    return this.#send('floorClearQueue', {});
  }

  /* Free time. */
  startFree(durationMs: number): Promise<boolean> {
    return this.#send('freeStart', { durationMs });
  }

  /* Whatever runs. */
  /** More time for the speaker (30 s or 1 min) or the block (1 or 5 min). */
  extend(ms: RoundExtensionMs | FreeTimeExtensionMs): Promise<boolean> {
    const kind = this.#kind();
    if (kind === 'freeTime') return this.#send('freeExtend', { ms: ms as FreeTimeExtensionMs });
    const speaker = this.#speaker();
    if (kind !== 'round' || speaker === null) return Promise.resolve(false);
    return this.#send('roundExtend', { peerId: speaker, ms: ms as RoundExtensionMs });
  }
  /** Pauses a running countdown, or resumes a paused one. */
  togglePause(): Promise<boolean> {
    const activity = this.state.state?.activity;
    if (!activity || activity.timer === null) return Promise.resolve(false);
    const paused = activity.timer.runningSince === null;
    if (activity.kind === 'freeTime') return this.#send(paused ? 'freeResume' : 'freePause', {});
    if (activity.kind === 'round') return this.#send(paused ? 'roundResume' : 'roundPause', {});
    return Promise.resolve(false);
  }
  endActivity(): Promise<boolean> {
    const kind = this.#kind();
    if (kind === null) return Promise.resolve(false);
    const method = kind === 'round' ? 'roundEnd' : kind === 'openFloor' ? 'floorEnd' : 'freeEnd';
    return this.#send(method, {});
  }
  setTalkingPiece(on: boolean): Promise<boolean> {
    return this.#send('setTalkingPiece', { on });
  }

  /**
   * More samples soon after joining (the page is busy setting up media then,
   * so early round trips are slow), then a few every `every` ms.
   */
  #schedule(every: number): void {
    const early = [2_000, 6_000, 15_000];
    const next = () => {
      const delay = early.shift() ?? every;
      this.#timer = setTimeout(() => {
        void this.#sampleClock().finally(() => {
          if (!this.#disposed) next();
        });
      }, delay);
    };
    next();
  }

  #kind() {
    return this.state.state?.activity?.kind ?? null;
  }

  #speaker(): string | null {
    const activity = this.state.state?.activity;
    return activity && activity.kind !== 'freeTime' ? activity.speaker : null;
  }

  async #send<M extends Method>(method: M, data: RequestInput<M>): Promise<boolean> {
    try {
      await this.#link.request(method, data);
      return true;
    } catch (error) {
      this.#refuse(error);
      return false;
    }
  }

  #refuse(error: unknown): void {
    let code: RefusalCode = 'unreachable';
    if (error instanceof SignalingError) code = error.details?.roundError ?? error.code;
    this.#serial += 1;
    this.patch({ refusal: { serial: this.#serial, code } });
  }

  #listen(): void {
    this.#stops.push(
      this.#link.onNotification('activityState', (data) => this.#accept(data)),
      this.#link.onNotification('heldPaused', ({ kind, reasons }) => {
        if (kind === 'audio') this.patch({ micHeld: reasons });
      }),
    );
  }

  #accept(data: { state: EngineState; serverTime: number; talkingPiece: boolean }): void {
    if (this.#disposed) return;
    // A late reply must not replace a newer push: the engine's `at` never goes back.
    const current = this.state.state;
    if (current && data.state.at < current.at) return;
    if (this.#clock.offset === null) this.#clock.hint(data.serverTime);
    this.patch({ state: data.state, talkingPiece: data.talkingPiece });
  }

  async #sampleClock(count = this.#pings): Promise<void> {
    for (let i = 0; i < count && !this.#disposed; i += 1) {
      const t0 = this.#clock.localNow();
      try {
        const { serverTime } = await this.#link.request('ping', {});
        this.#clock.addSample({ t0, serverTime, t1: this.#clock.localNow() });
      } catch {
        return;
      }
    }
    if (!this.#disposed) this.patch({ clock: this.#clock.offset });
  }
}
