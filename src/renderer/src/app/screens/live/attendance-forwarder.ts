import type { ActivitySeen, Presence } from '../../../../../shared/live';
import type { ActivityRecord, EngineState } from '../../../../../shared/rounds';
import type { NotificationData, PeerInfo } from '../../../../../shared/signaling';
import type { Api } from '../../api';
import { OrderedWrites, type Write } from './ordered-writes';

/** The main process's attendance channels, for one session. */
export type AttendanceChannels = {
  started(): Promise<unknown>;
  presence(peers: Presence): Promise<unknown>;
  activity(seen: ActivitySeen): Promise<unknown>;
  turnOutcome(turn: NotificationData<'turnOutcome'>): Promise<unknown>;
  speakingTime(peers: NotificationData<'speakingTime'>['peers']): Promise<unknown>;
};

export function attendanceChannels(api: Api, sessionId: string): AttendanceChannels {
  return {
    started: () => api.sessions.start({ id: sessionId }),
    presence: (peers) => api.attendance.presence({ sessionId, peers }),
    activity: (seen) => api.attendance.activity({ sessionId, seen }),
    turnOutcome: ({ roundStartedAt, peerId, outcome }) =>
      api.attendance.turnOutcome({ sessionId, turn: { roundStartedAt, peerId, outcome } }),
    speakingTime: (peers) => api.attendance.speakingTime({ sessionId, peers }),
  };
}

const recordId = (r: { kind: string; startedAt: number }) => `${r.kind}-${r.startedAt}`;

/** Speaking totals waiting to be written; a newer report keeps the older one's other seats. */
class SpeakingWrite implements Write {
  readonly slot = 'speaking';
  constructor(
    readonly totals: ReadonlyMap<string, number>,
    readonly send: AttendanceChannels['speakingTime'],
  ) {}
  run(): Promise<unknown> {
    return this.send([...this.totals].map(([peerId, speakingMs]) => ({ peerId, speakingMs })));
  }
  absorb(older: Write): Write {
    if (!(older instanceof SpeakingWrite)) return this;
    const totals = new Map(older.totals);
    for (const [peerId, ms] of this.totals)
      totals.set(peerId, Math.max(ms, totals.get(peerId) ?? 0));
    return new SpeakingWrite(totals, this.send);
  }
}

/**
 * Forwards what the room says to the main process, which decides what it
 * means for attendance (src/main/services/attendance.ts): who is in the
 * call, the activity, turn outcomes, speaking time. Nothing is counted
 * here. Writes go out in order through OrderedWrites; a refused one is shown
 * on the live screen and sent again on "retry", never dropped.
 */
export class AttendanceForwarder {
  readonly writes = new OrderedWrites();
  readonly #channels: AttendanceChannels;
  readonly #blockId: () => string | null;
  #current: string | null = null;
  readonly #ended = new Set<string>();
  #presence = '';

  constructor(channels: AttendanceChannels, options: { blockId: () => string | null }) {
    this.#channels = channels;
    this.#blockId = options.blockId;
  }

  /** The room opened: the session has started (the first start is kept). */
  started(): void {
    this.writes.push({ run: () => this.#channels.started() });
  }

  /** The people in the call now, from the room state. */
  peers(peers: readonly PeerInfo[]): void {
    const presence: Presence = peers.map(({ peerId, role, displayName, returningKey }) => ({
      peerId,
      role,
      displayName: displayName.slice(0, 200),
      ...(returningKey ? { returningKey } : {}),
    }));
    const key = JSON.stringify(presence);
    if (key === this.#presence) return;
    this.#presence = key;
    this.writes.push({ slot: 'presence', run: () => this.#channels.presence(presence) });
  }

  /** The engine's state: an activity that began, and activities that ended since the last one. */
  activity(state: EngineState): void {
    const ended: ActivityRecord[] = state.history.filter((r) => !this.#ended.has(recordId(r)));
    const activity = state.activity;
    const current = activity ? { kind: activity.kind, startedAt: activity.startedAt } : null;
    const currentId = current ? recordId(current) : null;
    if (ended.length === 0 && currentId === this.#current) return;
    for (const record of ended) this.#ended.add(recordId(record));
    this.#current = currentId;
    const seen: ActivitySeen = { blockId: this.#blockId(), current, ended };
    this.writes.push({ run: () => this.#channels.activity(seen) });
  }

  /** A round turn settled or was reopened (to the facilitator only). */
  turnOutcome(note: NotificationData<'turnOutcome'>): void {
    this.writes.push({ run: () => this.#channels.turnOutcome(note) });
  }

  /** Speaking totals since the room opened. */
  speakingTime(note: NotificationData<'speakingTime'>): void {
    const totals = new Map(note.peers.map((p) => [p.peerId, p.speakingMs] as const));
    this.writes.push(new SpeakingWrite(totals, this.#channels.speakingTime));
  }

  /** Resolves once every write asked for so far is done (before ending the session). */
  flush(): Promise<void> {
    return this.writes.flush();
  }
}
