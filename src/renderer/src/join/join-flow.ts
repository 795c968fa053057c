import type { Role, RoomIntro, RoomState } from '../../../shared/signaling';
import { type SignalingClient, type SocketLike } from '../../../shared/signaling/client';
import { SignalingError } from '../../../shared/signaling/errors';
import { CallClient } from '../call/call-client';
import { Stateful } from '../state/store';
import { stopTracks, type LocalTracks } from '../call/local-media';
import { RoomLink, type ResumeOutcome, type Seat } from '../call/room-link';
import { failureOfEnd, failureOfError, type JoinFailure } from './failures';
import type { Invite } from './invite';
import { nameProblem, type NameProblem } from './name-problem';
import { returningKeyFor } from './returning-key';

export type JoinStep = 'name' | 'devices' | 'agreements' | 'lobby' | 'call' | 'failed';

/** A change in the lobby worth saying out loud. */
export type LobbyNotice = 'reconnecting' | 'reconnected';

export type JoinState = {
  step: JoinStep;
  name: string;
  nameProblem: NameProblem | null;
  /** A request is under way (buttons say so and ignore presses). */
  busy: boolean;
  /** The room's title and agreements, once in the lobby. */
  intro: RoomIntro | null;
  audioOnly: boolean;
  lobbyNotice: { serial: number; notice: LobbyNotice } | null;
  call: CallClient | null;
  failure: JoinFailure | null;
  /** The step changed since the page loaded (focus then moves to each new step). */
  moved: boolean;
};

export type JoinFlowOptions = {
  /** Undefined when the link is incomplete: the page says so at once. */
  invite: Invite | undefined;
  wsUrl: string;
  openSocket?: (url: string) => SocketLike;
};

/**
 * The participant's way in, outside React: name → devices → agreements →
 * lobby → call. The seat is taken in the lobby right after the name, so an
 * expired link or a closed room is said before any device is opened.
 */
export class JoinFlow extends Stateful<JoinState> {
  readonly #options: JoinFlowOptions;
  #link: RoomLink | undefined;
  #tracks: LocalTracks = { audio: null, video: null };
  #acknowledged = false;
  #serial = 0;
  /** Why entering the lobby again after a drop was refused (a replaced link, a full lobby). */
  #reentry: JoinFailure | undefined;

  private constructor(options: JoinFlowOptions) {
    super({
      step: options.invite ? 'name' : 'failed',
      name: '',
      nameProblem: null,
      busy: false,
      intro: null,
      audioOnly: false,
      lobbyNotice: null,
      call: null,
      failure: options.invite ? null : 'linkIncomplete',
      moved: false,
    });
    this.#options = options;
  }

  static create(options: JoinFlowOptions): JoinFlow {
    return new JoinFlow(options);
  }

  /** Checks the name, then enters the lobby with the invitation. */
  async submitName(raw: string): Promise<void> {
    const invite = this.#options.invite;
    const state = this.state;
    if (!invite || state.busy || state.step !== 'name') return;
    const problem = nameProblem(raw);
    this.patch({ name: raw, nameProblem: problem });
    if (problem) return;
    this.patch({ busy: true });
    let link: RoomLink | undefined;
    try {
      link = await RoomLink.open({
        wsUrl: this.#options.wsUrl,
        ...(this.#options.openSocket ? { openSocket: this.#options.openSocket } : {}),
        resume: (client, seat) => this.#resume(client, seat, invite, raw),
      });
      const seat = await link.request('enterLobby', {
        roomId: invite.roomId,
        inviteToken: invite.token,
        displayName: raw,
      });
      link.setSeat({
        roomId: invite.roomId,
        peerId: seat.peerId,
        reconnectToken: seat.reconnectToken,
      });
      this.#watch(link);
      this.patch({ busy: false, step: 'devices', intro: seat.intro });
    } catch (error) {
      link?.dispose();
      this.#fail(failureOfError(error));
    }
  }

  /** The devices checked (the flow now owns these tracks) and the audio-only choice. */
  finishDevices(tracks: LocalTracks, audioOnly: boolean): void {
    if (this.state.step !== 'devices') {
      stopTracks(tracks);
      return;
    }
    this.#tracks = tracks;
    this.patch({ step: 'agreements', audioOnly });
  }

  async acceptAgreements(): Promise<void> {
    const link = this.#link;
    const state = this.state;
    if (!link || state.busy || state.step !== 'agreements') return;
    this.patch({ busy: true });
    try {
      await link.request('acknowledgeAgreements', this.#acknowledgement());
      this.#acknowledged = true;
      // 'admitted' may already have come: only move on if it has not.
      if (this.state.step === 'agreements') this.patch({ step: 'lobby', busy: false });
    } catch (error) {
      if (!link.ended) this.#fail(failureOfError(error));
    }
  }

  /** Leaves before the call: the seat is freed, the facilitator no longer sees them waiting. */
  async leave(): Promise<void> {
    const link = this.#link;
    if (link) await link.leave();
    else this.#fail('left');
  }

  /** From a failure page: back to the name step, the name kept, for a new seat. */
  restart(): void {
    this.#link?.dispose();
    this.#link = undefined;
    this.#release();
    this.#acknowledged = false;
    this.#reentry = undefined;
    this.patch({
      step: this.#options.invite ? 'name' : 'failed',
      failure: this.#options.invite ? null : 'linkIncomplete',
      busy: false,
      call: null,
      intro: null,
      lobbyNotice: null,
    });
  }

  /**
   * After a drop: the seat back with its token, in the call. The server frees
   * a lobby seat as its connection drops (so closed sockets cannot fill the
   * lobby), so a page still waiting enters again with its link and name, and
   * accepts the agreements again if it had.
   */
  async #resume(
    client: SignalingClient,
    seat: Seat,
    invite: Invite,
    name: string,
  ): Promise<ResumeOutcome> {
    try {
      const { roomId, peerId, reconnectToken } = seat;
      return await client.request('reconnect', { roomId, peerId, reconnectToken });
    } catch (error) {
      const inCall = this.state.step === 'call';
      if (!(error instanceof SignalingError) || error.code !== 'TOKEN_EXPIRED' || inCall) {
        throw error;
      }
    }
    try {
      const entered = await client.request('enterLobby', {
        roomId: invite.roomId,
        inviteToken: invite.token,
        displayName: name,
      });
      const { peerId, intro, reconnectToken } = entered;
      this.#link?.setSeat({ roomId: invite.roomId, peerId, reconnectToken });
      return { status: 'lobby', intro, acknowledged: false, reconnectToken };
    } catch (error) {
      if (error instanceof SignalingError) this.#reentry = failureOfError(error);
      throw error;
    }
  }

  /** With this browser's returning key when the group has a tag (attendance, staff only). */
  #acknowledgement(): { returningKey?: string } {
    const groupTag = this.state.intro?.groupTag;
    const returningKey = groupTag ? returningKeyFor(groupTag) : undefined;
    return returningKey ? { returningKey } : {};
  }

  #watch(link: RoomLink): void {
    this.#link = link;
    link.onNotification('admitted', ({ role, state }) => this.#enterCall(link, role, state));
    link.on('status', (status) => {
      if (this.state.step === 'call') return;
      this.#lobbyNotice(status === 'reconnecting' ? 'reconnecting' : 'reconnected');
    });
    link.on('resumed', (outcome) => {
      if (outcome.status === 'joined') {
        this.#enterCall(link, outcome.role, outcome.state);
      } else if (this.#acknowledged && !outcome.acknowledged) {
        void link.request('acknowledgeAgreements', this.#acknowledgement()).catch(() => undefined);
      }
    });
    link.on('ended', (end) => {
      if (this.#link !== link) return;
      this.#fail(end.kind === 'expired' && this.#reentry ? this.#reentry : failureOfEnd(end));
    });
  }

  #enterCall(link: RoomLink, role: Role, state: RoomState): void {
    const current = this.state;
    if (current.step === 'call' || !link.seat) return;
    const call = CallClient.create({
      link,
      selfId: link.seat.peerId,
      role,
      state,
      tracks: this.#tracks,
      audioOnly: current.audioOnly,
    });
    // The call owns the tracks from now on, and stops them when it ends.
    this.#tracks = { audio: null, video: null };
    this.patch({ step: 'call', call, busy: false });
  }

  #lobbyNotice(notice: LobbyNotice): void {
    this.#serial += 1;
    this.patch({ lobbyNotice: { serial: this.#serial, notice } });
  }

  #fail(failure: JoinFailure): void {
    this.#release();
    this.patch({ step: 'failed', failure, busy: false });
  }

  #release(): void {
    stopTracks(this.#tracks);
    this.#tracks = { audio: null, video: null };
  }

  // A change of step moves focus to the new step's heading.
  protected override patch(change: Partial<JoinState>): void {
    this.update((current) => {
      const moved = current.moved || (change.step !== undefined && change.step !== current.step);
      return { ...current, ...change, moved };
    });
  }
}
