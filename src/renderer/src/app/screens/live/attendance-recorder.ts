import type { ActivityKind, EngineState } from '../../../../../shared/rounds';
import type { NotificationData, PeerInfo } from '../../../../../shared/signaling';

type Kind = 'round' | 'openFloor' | 'free';

/** Where attendance goes: the main process's `attendance:*` channels for one session. */
export type AttendanceSink = {
  joined(input: {
    key: string;
    label: string | null;
    role: 'participant' | 'cofacilitator';
  }): Promise<unknown>;
  left(key: string): Promise<unknown>;
  turn(key: string, outcome: 'taken' | 'passed'): Promise<unknown>;
  speaking(samples: { key: string; ms: number }[]): Promise<unknown>;
  roundStarted(input: { roundId: string; blockId: string | null; kind: Kind }): Promise<unknown>;
  roundEnded(input: { roundId: string; turnsTaken: number; turnsPassed: number }): Promise<unknown>;
};

/**
 * The attendance key of a person: the returning key their browser keeps for
 * this group when it sent one (so a later session recognises them), else the
 * seat's peer id, stable across reconnects but new if they leave and come back.
 */
export function attendanceKey(peerId: string, returningKey?: string): string {
  return returningKey ?? `cercle-peer-${peerId}`;
}

const kindOf: Record<ActivityKind, Kind> = {
  round: 'round',
  openFloor: 'openFloor',
  freeTime: 'free',
};
const activityId = (kind: ActivityKind, startedAt: number) => `${kindOf[kind]}-${startedAt}`;
/** The IPC contract takes at most 10 minutes of speaking per sample and 200 samples per call. */
const SAMPLE_MS_MAX = 600_000;
const SAMPLES_MAX = 200;

/**
 * Turns what the room says into attendance as it happens (arrivals,
 * departures, turns taken or passed, speaking time, activities started and
 * ended), one IPC write at a time and in order, so each write is durable
 * before the next and a crash loses nothing already written.
 */
export class AttendanceRecorder {
  readonly #sink: AttendanceSink;
  readonly #blockId: () => string | null;
  readonly #onError: (error: unknown) => void;
  /** Present people by peer id (the facilitator is not counted). */
  readonly #present = new Set<string>();
  /** People with an attendance row: turns and speaking time can only go to them. */
  readonly #known = new Set<string>();
  readonly #started = new Set<string>();
  readonly #ended = new Set<string>();
  readonly #turns = new Set<string>();
  readonly #spoken = new Map<string, number>();
  /** Attendance key by peer id, fixed at arrival. */
  readonly #keys = new Map<string, string>();
  #queue: Promise<void> = Promise.resolve();

  constructor(
    sink: AttendanceSink,
    options: { blockId: () => string | null; onError?: (error: unknown) => void },
  ) {
    this.#sink = sink;
    this.#blockId = options.blockId;
    this.#onError = options.onError ?? ((error) => console.warn('[cercle] attendance', error));
  }

  /** The people in the call now (from the room state). */
  peers(peers: readonly PeerInfo[]): void {
    const now = new Set<string>();
    for (const peer of peers) {
      if (peer.role === 'facilitator') continue;
      now.add(peer.peerId);
      if (this.#present.has(peer.peerId)) continue;
      const key = this.#keys.get(peer.peerId) ?? attendanceKey(peer.peerId, peer.returningKey);
      this.#keys.set(peer.peerId, key);
      // The same browser in two tabs is one person: one arrival, one departure.
      const already = this.#presentWith(key);
      this.#present.add(peer.peerId);
      this.#known.add(peer.peerId);
      if (already) continue;
      const role = peer.role;
      const label = peer.displayName.trim().slice(0, 40) || null;
      this.#write(() => this.#sink.joined({ key, label, role }));
    }
    for (const peerId of [...this.#present]) {
      if (now.has(peerId)) continue;
      this.#present.delete(peerId);
      const key = this.#keyOf(peerId);
      if (this.#presentWith(key)) continue;
      this.#write(() => this.#sink.left(key));
    }
  }

  /** Every activity state: activities that began or ended, and turns already settled in it. */
  activity(state: EngineState): void {
    for (const record of state.history) {
      const id = activityId(record.kind, record.startedAt);
      if (!this.#started.has(id) || this.#ended.has(id)) continue;
      if (record.kind === 'round') {
        for (const turn of record.turns) this.#turn(record.startedAt, turn.peerId, turn.outcome);
      }
      this.#ended.add(id);
      const counts =
        record.kind === 'round'
          ? {
              turnsTaken: record.turns.filter((turn) => turn.outcome === 'spoke').length,
              turnsPassed: record.turns.filter((turn) => turn.outcome === 'passed').length,
            }
          : {
              turnsTaken:
                record.kind === 'openFloor'
                  ? record.floors.reduce((sum, floor) => sum + floor.count, 0)
                  : 0,
              turnsPassed: 0,
            };
      this.#write(() => this.#sink.roundEnded({ roundId: id, ...counts }));
    }
    const activity = state.activity;
    if (activity === null) return;
    const id = activityId(activity.kind, activity.startedAt);
    if (!this.#started.has(id)) {
      this.#started.add(id);
      const blockId = this.#blockId();
      const kind = kindOf[activity.kind];
      this.#write(() => this.#sink.roundStarted({ roundId: id, blockId, kind }));
    }
    if (activity.kind === 'round') {
      for (const turn of activity.turns) this.#turn(activity.startedAt, turn.peerId, turn.outcome);
    }
  }

  /** A round turn settled (to the facilitator only). */
  turnOutcome(note: NotificationData<'turnOutcome'>): void {
    this.#turn(note.roundStartedAt, note.peerId, note.outcome);
  }

  /** Running totals since the room opened: each report adds what is new since the last one. */
  speakingTime(note: NotificationData<'speakingTime'>): void {
    const samples: { key: string; ms: number }[] = [];
    for (const { peerId, speakingMs } of note.peers) {
      const before = this.#spoken.get(peerId) ?? 0;
      this.#spoken.set(peerId, Math.max(before, speakingMs));
      if (!this.#known.has(peerId)) continue;
      for (let left = speakingMs - before; left > 0; left -= SAMPLE_MS_MAX) {
        samples.push({ key: this.#keyOf(peerId), ms: Math.min(left, SAMPLE_MS_MAX) });
      }
    }
    for (let i = 0; i < samples.length; i += SAMPLES_MAX) {
      const batch = samples.slice(i, i + SAMPLES_MAX);
      this.#write(() => this.#sink.speaking(batch));
    }
  }

  /** Resolves once every write asked for so far is done (before ending the session). */
  flush(): Promise<void> {
    return this.#queue;
  }

  /**
   * Counts a turn once per (round, person). A turn reopened by "back" and
   * settled again is not counted a second time: the channel only adds.
   */
  #turn(roundStartedAt: number, peerId: string, outcome: string): void {
    if (outcome !== 'spoke' && outcome !== 'passed') return;
    if (!this.#known.has(peerId)) return;
    const id = `${roundStartedAt}:${peerId}`;
    if (this.#turns.has(id)) return;
    this.#turns.add(id);
    const taken = outcome === 'spoke' ? 'taken' : 'passed';
    const key = this.#keyOf(peerId);
    this.#write(() => this.#sink.turn(key, taken));
  }

  #keyOf(peerId: string): string {
    return this.#keys.get(peerId) ?? attendanceKey(peerId);
  }

  #presentWith(key: string): boolean {
    for (const peerId of this.#present) if (this.#keyOf(peerId) === key) return true;
    return false;
  }

  #write(task: () => Promise<unknown>): void {
    this.#queue = this.#queue.then(task).then(
      () => undefined,
      (error: unknown) => this.#onError(error),
    );
  }
}
