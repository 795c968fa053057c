import type { EngineState, Role } from '../../shared/rounds';

/** A seat as talking-piece mode sees it. */
export type Seat = { id: string; role: Role; status: 'lobby' | 'joined' };

/** Who has the floor in the activity under way (rounds and open floors have a speaker). */
export function speakerOf(state: EngineState): string | null {
  const activity = state.activity;
  return activity === null || activity.kind === 'freeTime' ? null : activity.speaker;
}

/**
 * Whose microphone talking-piece mode holds paused: every participant in the
 * call but the speaker. The facilitator and co-facilitators keep theirs, and
 * so does someone still in the lobby (they send nothing yet; they are held
 * once admitted). Seats kept for a reconnect stay held, so a returning
 * person's new microphone starts paused.
 */
export function talkingPieceHolds(on: boolean, speaker: string | null, seats: Iterable<Seat>) {
  const held = new Set<string>();
  if (!on) return held;
  for (const seat of seats) {
    if (seat.status === 'joined' && seat.role === 'participant' && seat.id !== speaker) {
      held.add(seat.id);
    }
  }
  return held;
}

/** Holds or releases one person's microphone for talking-piece mode (never another reason). */
export type HoldMicrophone = (peerId: string, held: boolean) => Promise<void>;

/**
 * The microphones talking-piece mode holds, brought to what is wanted after
 * each change. It only ever adds or removes its own reason, so a person the
 * facilitator paused by hand stays paused when the mode lets go.
 */
export class TalkingPiece {
  readonly #hold: HoldMicrophone | undefined;
  readonly #held = new Set<string>();

  /** Without media (a signaling-only server) the mode is tracked but holds nothing. */
  constructor(hold: HoldMicrophone | undefined) {
    this.#hold = hold;
  }

  /** Who the mode holds right now. */
  get held(): ReadonlySet<string> {
    return this.#held;
  }

  /** Releases those no longer wanted (the new speaker first), then holds the others. */
  reconcile(wanted: ReadonlySet<string>): Promise<void> {
    const changes: Array<Promise<void>> = [];
    for (const peerId of [...this.#held]) {
      if (wanted.has(peerId)) continue;
      this.#held.delete(peerId);
      if (this.#hold) changes.push(this.#hold(peerId, false));
    }
    for (const peerId of wanted) {
      if (this.#held.has(peerId)) continue;
      this.#held.add(peerId);
      if (this.#hold) changes.push(this.#hold(peerId, true));
    }
    return Promise.all(changes).then(() => undefined);
  }

  /** The seat is gone; the media side forgot its pauses with it. */
  forget(peerId: string): void {
    this.#held.delete(peerId);
  }
}
