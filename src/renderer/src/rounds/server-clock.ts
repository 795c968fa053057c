import { estimateOffset, type ClockOffset, type ClockSample } from '../../../shared/clock';

/** Samples older than this are dropped: two clocks drift apart by a few ms a minute. */
const SAMPLE_LIFETIME_MS = 90_000;

/**
 * This page's view of the server clock. `ping` samples give the offset
 * (lowest round trip wins, within the last 90 s); until the first one comes
 * back, the `serverTime` of the last activity state is a rough stand-in
 * (off by one trip), so a countdown never shows the local clock's idea.
 */
export class ServerClock {
  readonly #localNow: () => number;
  #samples: ClockSample[] = [];
  #offset: ClockOffset | null = null;
  #hintMs: number | null = null;

  constructor(localNow: () => number) {
    this.#localNow = localNow;
  }

  get localNow(): () => number {
    return this.#localNow;
  }

  /** The measured offset, once a ping came back. */
  get offset(): ClockOffset | null {
    return this.#offset;
  }

  addSample(sample: ClockSample): void {
    const cutoff = sample.t1 - SAMPLE_LIFETIME_MS;
    this.#samples = [...this.#samples.filter((s) => s.t1 >= cutoff), sample];
    this.#offset = estimateOffset(this.#samples) ?? this.#offset;
  }

  /** A server time stamped on a message that just arrived. */
  hint(serverTime: number): void {
    this.#hintMs = serverTime - this.#localNow();
  }

  /** Server minus local, as best known; 0 before anything came from the server. */
  get offsetMs(): number {
    return this.#offset?.offsetMs ?? this.#hintMs ?? 0;
  }

  /** The server's clock now. */
  now(): number {
    return this.#localNow() + this.offsetMs;
  }
}
