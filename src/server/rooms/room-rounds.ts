import {
  canApply,
  createState,
  reduce,
  toEvent,
  type Sender,
  type Command,
  type EngineEvent,
  type EngineState,
} from '../../shared/rounds';
import type { ActivityState } from '../../shared/signaling';
import { SignalingError } from '../errors';
import type { Logger } from '../log';
import { SpeakingTime } from '../media/speaking-time';
import {
  speakerOf,
  talkingPieceHolds,
  TalkingPiece,
  type HoldMicrophone,
} from '../media/talking-piece';
import type { Clock } from '../util/clock';
import type { Peer } from './peer';
import { turnOutcomeChanges } from './turn-outcomes';

export type RoomRoundsOptions = {
  clock: Clock;
  /** How long a dropped person keeps their place in a talking order before counting as gone. */
  departureGraceMs: number;
  /** How often the facilitator gets speaking time, when it changed. */
  speakingReportMs: number;
  /** Every seat of the room, lobby included (filtered here). */
  seats: () => Iterable<Peer>;
  facilitator: () => Peer | undefined;
  /** Absent without media: talking-piece mode is then tracked but holds nothing. */
  holdMicrophone: HoldMicrophone | undefined;
  logger: Logger;
};

/**
 * The room's speaking activity with the server as the only authority: the
 * round engine's state, driven by commands stamped with the server clock and
 * by arrivals and departures; talking-piece mode; and what the facilitator's
 * app records for attendance (turn outcomes, speaking time).
 */
export class RoomRounds {
  readonly #options: RoomRoundsOptions;
  readonly #graceTimers = new Map<string, NodeJS.Timeout>();
  readonly #talking: TalkingPiece;
  readonly #speaking: SpeakingTime;
  #state: EngineState;
  #talkingPiece = false;

  private constructor(options: RoomRoundsOptions) {
    this.#options = options;
    this.#state = createState(options.clock.now());
    this.#talking = new TalkingPiece(options.holdMicrophone);
    this.#speaking = new SpeakingTime({
      clock: options.clock,
      reportEveryMs: options.speakingReportMs,
      send: (data) => options.facilitator()?.notify('speakingTime', data),
    });
  }

  static create(options: RoomRoundsOptions): RoomRounds {
    return new RoomRounds(options);
  }

  get state(): EngineState {
    return this.#state;
  }
  get talkingPiece(): boolean {
    return this.#talkingPiece;
  }
  /** Who talking-piece mode holds paused right now. */
  get heldByTalkingPiece(): ReadonlySet<string> {
    return this.#talking.held;
  }

  snapshot(): ActivityState {
    return {
      state: this.#state,
      serverTime: this.#options.clock.now(),
      talkingPiece: this.#talkingPiece,
    };
  }

  /**
   * One command from someone in the call. The actor comes from their
   * authenticated seat; a refusal changes nothing. Resolves once talking-piece
   * mode has caught up with the new speaker.
   */
  async command(actor: Sender, command: Command, options: { talkingPiece?: boolean } = {}) {
    if (!canApply(command, actor)) {
      throw new SignalingError('FORBIDDEN', 'Only your own turn or your own hand.');
    }
    const result = reduce(this.#state, toEvent(command, this.#now()));
    if (!result.ok) {
      throw new SignalingError('ROUND_REFUSED', result.error.message, {
        roundError: result.error.code,
      });
    }
    if (options.talkingPiece !== undefined && result.state.activity !== null) {
      this.#talkingPiece = options.talkingPiece;
    }
    await this.#commit(result.state);
  }

  /** Talking-piece mode on or off for the round or open floor under way. */
  async setTalkingPiece(on: boolean): Promise<void> {
    const activity = this.#state.activity;
    if (activity === null) {
      throw new SignalingError('ROUND_REFUSED', 'Nothing is running.', {
        roundError: 'NO_ACTIVITY',
      });
    }
    if (activity.kind === 'freeTime') {
      throw new SignalingError('ROUND_REFUSED', 'Free time has no speaker.', {
        roundError: 'WRONG_KIND',
      });
    }
    if (this.#talkingPiece === on) return;
    this.#talkingPiece = on;
    await this.#commit(this.#state);
  }

  /** Someone entered the call (admitted, or the facilitator's seat created). */
  joined(peer: Peer): void {
    this.#peerEvent({ type: 'peer.joined', peerId: peer.id, at: this.#now() });
    this.#sendStateSoon(peer);
  }

  /** Their connection dropped: their place is kept for the grace period. */
  disconnected(peer: Peer): void {
    if (!this.#inRoster(peer.id)) return;
    clearTimeout(this.#graceTimers.get(peer.id));
    const timer = setTimeout(() => {
      this.#graceTimers.delete(peer.id);
      if (peer.closed || peer.connected || !this.#inRoster(peer.id)) return;
      this.#peerEvent({ type: 'peer.left', peerId: peer.id, at: this.#now() });
    }, this.#options.departureGraceMs);
    timer.unref();
    this.#graceTimers.set(peer.id, timer);
  }

  /** They are back (reconnect, or the facilitator's seat taken back): in time, nothing moved. */
  reconnected(peer: Peer): void {
    clearTimeout(this.#graceTimers.get(peer.id));
    this.#graceTimers.delete(peer.id);
    if (!this.#inRoster(peer.id)) {
      this.#peerEvent({ type: 'peer.joined', peerId: peer.id, at: this.#now() });
    }
    this.#sendStateSoon(peer);
  }

  /** Their seat is gone (left, removed, or the reconnect window passed). */
  left(peer: Peer): void {
    clearTimeout(this.#graceTimers.get(peer.id));
    this.#graceTimers.delete(peer.id);
    this.#talking.forget(peer.id);
    if (this.#inRoster(peer.id)) {
      this.#peerEvent({ type: 'peer.left', peerId: peer.id, at: this.#now() });
    } else {
      this.#syncTalkingPiece();
    }
  }

  /** A role changed: a new participant is held, a new co-facilitator released. */
  rolesChanged(): void {
    this.#syncTalkingPiece();
  }

  /** One audio-level report: who was heard in the last interval. */
  audioLevels(levels: ReadonlyArray<{ peerId: string }>): void {
    this.#speaking.record(levels);
  }

  /** Sends speaking time now if it changed (the timer does it every few seconds). */
  flushSpeakingTime(): void {
    this.#speaking.flush();
  }

  close(): void {
    for (const timer of this.#graceTimers.values()) clearTimeout(timer);
    this.#graceTimers.clear();
    this.#speaking.close();
  }

  /** Server time for the next event; never before the last one, even if the system clock steps back. */
  #now(): number {
    return Math.max(this.#options.clock.now(), this.#state.at);
  }

  #inRoster(peerId: string): boolean {
    return this.#state.roster.some((entry) => entry.peerId === peerId);
  }

  #peerEvent(event: EngineEvent): void {
    const result = reduce(this.#state, event);
    if (!result.ok) {
      this.#options.logger.warn('round engine refused a peer event', {
        type: event.type,
        code: result.error.code,
      });
      return;
    }
    void this.#commit(result.state);
  }

  /** Takes the new state, tells everyone in the call, and moves talking-piece mode along. */
  #commit(next: EngineState): Promise<void> {
    const before = this.#state;
    this.#state = next;
    if (next.activity === null) this.#talkingPiece = false;
    const snapshot = this.snapshot();
    for (const seat of this.#options.seats()) {
      if (seat.status === 'joined') seat.notify('activityState', snapshot);
    }
    const facilitator = this.#options.facilitator();
    for (const note of turnOutcomeChanges(before, next)) facilitator?.notify('turnOutcome', note);
    return this.#syncTalkingPiece();
  }

  #syncTalkingPiece(): Promise<void> {
    const seats = [...this.#options.seats()].map((peer) => ({
      id: peer.id,
      role: peer.role,
      status: peer.status,
    }));
    const wanted = talkingPieceHolds(this.#talkingPiece, speakerOf(this.#state), seats);
    return this.#talking.reconcile(wanted).catch((error: unknown) => {
      this.#options.logger.warn('talking-piece pause failed', {
        error: error instanceof Error ? error.message : String(error),
      });
    });
  }

  /** After the reply to the request that seated them, so a client listening from then on gets it. */
  #sendStateSoon(peer: Peer): void {
    setImmediate(() => {
      if (!peer.closed && peer.status === 'joined') peer.notify('activityState', this.snapshot());
    });
  }
}
