import type { NotificationData } from '../../shared/signaling';
import type { Clock } from '../util/clock';
import { AUDIO_LEVEL_INTERVAL_MS } from './observers';

export type SpeakingTimeOptions = {
  clock: Clock;
  /** How often the totals are sent when they changed. */
  reportEveryMs: number;
  /** Delivers the totals (to the facilitator). */
  send: (data: NotificationData<'speakingTime'>) => void;
};

/**
 * Speaking time per person, by peer id, from the audio-level observer: each
 * report lists who made sound over the last interval, and each of them is
 * credited that interval. Totals run from the room's opening and are sent
 * whole, so a report that is lost costs nothing once the next one arrives.
 */
export class SpeakingTime {
  readonly #options: SpeakingTimeOptions;
  readonly #totals = new Map<string, number>();
  readonly #timer: NodeJS.Timeout;
  #changed = false;

  constructor(options: SpeakingTimeOptions) {
    this.#options = options;
    this.#timer = setInterval(() => this.flush(), options.reportEveryMs);
    this.#timer.unref();
  }

  /** One observer report: the people heard during the last interval. */
  record(levels: ReadonlyArray<{ peerId: string }>): void {
    for (const peerId of new Set(levels.map((level) => level.peerId))) {
      this.#totals.set(peerId, (this.#totals.get(peerId) ?? 0) + AUDIO_LEVEL_INTERVAL_MS);
      this.#changed = true;
    }
  }

  /** The totals so far, sorted by peer id. */
  totals(): Array<{ peerId: string; speakingMs: number }> {
    return [...this.#totals]
      .map(([peerId, speakingMs]) => ({ peerId, speakingMs }))
      .sort((a, b) => (a.peerId < b.peerId ? -1 : a.peerId > b.peerId ? 1 : 0));
  }

  /** Sends the totals if they changed since the last report. */
  flush(): void {
    if (!this.#changed) return;
    this.#changed = false;
    this.#options.send({ at: this.#options.clock.now(), peers: this.totals() });
  }

  close(): void {
    clearInterval(this.#timer);
  }
}
