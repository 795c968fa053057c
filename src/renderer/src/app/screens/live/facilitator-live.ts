import { assertUnreachable } from '../../../../../shared/errors';
import type { CrisisResource } from '../../../../../shared/settings';
import { defaultCrisisResources } from '../../../../../shared/settings';
import type { SessionSummary } from '../../../../../shared/live';
import type { SessionWithAgreements } from '../../../../../shared/sessions';
import type { PeerInfo } from '../../../../../shared/signaling';
import { Stateful } from '../../../state/store';
import { NameMemory } from '../../../rounds/name-memory';
import { RoundsClient } from '../../../rounds/rounds-client';
import type { RoundsLink } from '../../../rounds/rounds-link';
import type { Api } from '../../api';
import { blockAction, type BlockTiming } from './agenda';
import { AttendanceForwarder, attendanceChannels } from './attendance-forwarder';
import { NotesAutosaver } from './notes-autosaver';
import type { OrderedWrites } from './ordered-writes';
import { roundOrder } from './round-order';

/** The part of the open room the live screen drives. FacilitatorRoom fits. */
export type LiveRoom = {
  readonly call: {
    readonly link: RoundsLink;
    subscribe(listener: () => void): () => void;
    getSnapshot(): { selfId: string; room: { peers: readonly PeerInfo[] } };
  };
  getSnapshot(): { status: 'open' | 'reconnecting' | 'closed' };
  subscribe(listener: () => void): () => void;
  close(): Promise<void>;
};

export type RoundChoices = {
  by: 'join' | 'random';
  includeStaff: boolean;
  talkingPiece: boolean;
  lateJoiners: 'append' | 'ignore';
};

export type LiveSnapshot = {
  session: SessionWithAgreements | null;
  /** How rounds start, from the agenda or by hand. */
  choices: RoundChoices;
  crisis: readonly CrisisResource[];
  currentBlockId: string | null;
  timings: Readonly<Record<string, BlockTiming>>;
  /** Ending: notes saved, room closed, attendance written, summary asked for. */
  ending: boolean;
  summary: SessionSummary | null;
  endFailed: boolean;
};

function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
}

/**
 * The facilitator's side of a live session, outside React and for as long as
 * the room is open: the rounds, the agenda of the frozen plan, attendance
 * written as it happens, private notes, and the end with its summary.
 */
export class FacilitatorLive extends Stateful<LiveSnapshot> {
  readonly sessionId: string;
  readonly rounds: RoundsClient;
  readonly notes: NotesAutosaver;
  readonly #api: Api;
  readonly #room: LiveRoom;
  readonly #attendance: AttendanceForwarder;
  readonly #stops: Array<() => void> = [];
  readonly #names = new NameMemory();

  private constructor(api: Api, sessionId: string, room: LiveRoom) {
    super({
      session: null,
      choices: { by: 'join', includeStaff: false, talkingPiece: false, lateJoiners: 'append' },
      crisis: defaultCrisisResources,
      currentBlockId: null,
      timings: {},
      ending: false,
      summary: null,
      endFailed: false,
    });
    this.sessionId = sessionId;
    this.#api = api;
    this.#room = room;
    this.#attendance = new AttendanceForwarder(attendanceChannels(api, sessionId), {
      blockId: () => this.state.currentBlockId,
    });
    this.rounds = RoundsClient.create({
      link: room.call.link,
      selfId: room.call.getSnapshot().selfId,
    });
    this.notes = new NotesAutosaver((blockId, text) =>
      api.notes.save({ sessionId, blockId, text }),
    );
  }

  static start(api: Api, sessionId: string, room: LiveRoom): FacilitatorLive {
    const live = new FacilitatorLive(api, sessionId, room);
    live.#attendance.started();
    live.#listen();
    void live.#load();
    return live;
  }

  /** Attendance writes waiting, and whether one was refused (shown on the live screen, with retry). */
  get attendance(): OrderedWrites {
    return this.#attendance.writes;
  }

  /** The people in the call, for names and the talking order (re-read on `subscribeRoom`). */
  peers = (): readonly PeerInfo[] => this.#room.call.getSnapshot().room.peers;
  subscribeRoom = (listener: () => void): (() => void) => this.#room.call.subscribe(listener);
  /** The name of someone in the call now or earlier in the session. */
  nameOf = (peerId: string): string | undefined => this.#names.get(peerId);

  /**
   * Starts a block in one action: whatever runs ends, the block becomes the
   * current one, and its round, open floor or countdown starts with the
   * plan's settings.
   */
  async startBlock(blockId: string): Promise<boolean> {
    const choices = this.state.choices;
    const block = this.state.session?.plan.blocks.find((b) => b.id === blockId);
    if (!block) return false;
    if (this.rounds.getSnapshot().state?.activity) await this.rounds.endActivity();
    this.#markCurrent(blockId);
    const action = blockAction(block);
    if (action === null) return true;
    switch (action.kind) {
      case 'round':
        return this.startRound(action.turnMs, action.passAllowed, choices);
      case 'openFloor':
        return this.rounds.startFloor(action.turnMs, choices.talkingPiece);
      case 'freeTime':
        return this.rounds.startFree(action.durationMs);
      default:
        return assertUnreachable(action);
    }
  }

  setChoices(change: Partial<RoundChoices>): void {
    this.patch({ choices: { ...this.state.choices, ...change } });
  }

  /** A round now, outside the plan or with other settings. */
  startRound(
    turnMs: number,
    passAllowed: boolean,
    choices: RoundChoices = this.state.choices,
  ): Promise<boolean> {
    const state = this.rounds.getSnapshot().state;
    if (!state) return Promise.resolve(false);
    const order = roundOrder(state, this.peers(), {
      by: choices.by,
      includeStaff: choices.includeStaff,
      seed: randomSeed(),
    });
    return this.rounds.startRound({
      order,
      turnMs,
      passAllowed,
      lateJoiners: choices.lateJoiners,
      talkingPiece: choices.talkingPiece,
    });
  }

  /** Moves the agenda on without starting anything (a block run by voice). */
  markCurrent(blockId: string): void {
    this.#markCurrent(blockId);
  }

  /**
   * Ends the session: notes saved, the room closed for everyone, every
   * attendance write done, then the session marked ended and its summary shown.
   */
  async end(): Promise<void> {
    if (this.state.ending) return;
    this.patch({ ending: true, endFailed: false });
    try {
      await this.notes.flush();
      // The room may already be closed ("Fermer la salle"): then only the records are left to do.
      const open = this.#room.getSnapshot().status !== 'closed';
      // The activity under way ends first, so its record (and its turns) reach attendance.
      if (open && this.rounds.getSnapshot().state?.activity) {
        await this.rounds.endActivity();
        await this.rounds.refresh();
      }
      this.#closeCurrent();
      if (open) await this.#room.close();
      await this.#attendance.flush();
      const summary = await this.#api.sessions.end({ id: this.sessionId });
      this.patch({ summary, ending: false });
      this.dispose();
    } catch {
      this.patch({ ending: false, endFailed: true });
    }
  }

  /** Opens the agreements on the screen of everyone in the call; false if the room refused or is gone. */
  async showAgreements(): Promise<boolean> {
    try {
      await this.#room.call.link.request('showAgreements', {});
      return true;
    } catch {
      return false;
    }
  }

  dispose(): void {
    for (const stop of this.#stops.splice(0)) stop();
    this.rounds.dispose();
    this.notes.dispose();
  }

  #listen(): void {
    const { call } = this.#room;
    const link = call.link;
    const attendance = this.#attendance;
    let peers = call.getSnapshot().room.peers;
    this.#names.remember(peers);
    attendance.peers(peers);
    this.#stops.push(
      call.subscribe(() => {
        const next = call.getSnapshot().room.peers;
        if (next === peers) return;
        peers = next;
        this.#names.remember(next);
        attendance.peers(next);
      }),
      this.rounds.subscribe(() => {
        const state = this.rounds.getSnapshot().state;
        if (state) attendance.activity(state);
      }),
      // A room closed from its own screen: nothing more will come over its link.
      this.#room.subscribe(() => {
        if (this.#room.getSnapshot().status === 'closed') this.rounds.dispose();
      }),
      link.onNotification('turnOutcome', (note) => attendance.turnOutcome(note)),
      link.onNotification('speakingTime', (note) => attendance.speakingTime(note)),
    );
  }

  async #load(): Promise<void> {
    const [session, settings, notes] = await Promise.allSettled([
      this.#api.sessions.get({ id: this.sessionId }),
      this.#api.settings.get({}),
      this.#api.notes.list({ sessionId: this.sessionId }),
    ]);
    if (session.status === 'fulfilled') this.patch({ session: session.value });
    if (settings.status === 'fulfilled') this.patch({ crisis: settings.value.crisisResources });
    if (notes.status === 'fulfilled') this.notes.load(notes.value);
  }

  #markCurrent(blockId: string): void {
    const at = Date.now();
    this.#closeCurrent(at);
    const timings = { ...this.state.timings };
    const existing = timings[blockId];
    // Going back to a block continues its time rather than starting it over.
    timings[blockId] = existing
      ? { startedAt: at - (existing.endedAt ?? at) + existing.startedAt, endedAt: null }
      : { startedAt: at, endedAt: null };
    this.patch({ currentBlockId: blockId, timings });
  }

  #closeCurrent(at = Date.now()): void {
    const { currentBlockId, timings } = this.state;
    const timing = currentBlockId ? timings[currentBlockId] : undefined;
    if (!currentBlockId || !timing || timing.endedAt !== null) return;
    this.patch({ timings: { ...timings, [currentBlockId]: { ...timing, endedAt: at } } });
  }
}
