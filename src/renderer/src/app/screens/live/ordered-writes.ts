import type { ErrorCode } from '../../../../../shared/errors';
import { Stateful } from '../../../state/store';
import { toApiError } from '../../api';

export type WritesSnapshot = {
  /** `failed`: the first write waiting was refused; nothing after it is sent until a retry. */
  status: 'idle' | 'writing' | 'failed';
  /** Writes not yet acknowledged, the one in flight included. */
  waiting: number;
  /** Why the last attempt failed, as the main process said it. */
  failure: ErrorCode | null;
  /** Sending again after a refusal, until everything waiting is written or refused again. */
  retrying: boolean;
  /** Counts the times a retry got everything written (to say so once each time). */
  recoveries: number;
};

export type Write = {
  run(): Promise<unknown>;
  /**
   * Writes of the same slot carry a whole state (who is present, the speaking
   * totals): a newer one waiting right behind an older one takes its place.
   */
  readonly slot?: string;
  /** What takes the older write's place, when more than the newer one is needed. */
  absorb?(older: Write): Write;
};

/**
 * An outbox for writes that must land in order: one at a time, each durable
 * before the next. A refused write stops the queue where it is — nothing is
 * dropped, nothing overtakes it — until `retry()`. The writes are idempotent
 * (they set a state), so sending again one whose reply was lost counts
 * nothing twice.
 */
export class OrderedWrites extends Stateful<WritesSnapshot> {
  readonly #queue: Write[] = [];
  #running = false;
  #drained: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];

  constructor() {
    super({ status: 'idle', waiting: 0, failure: null, retrying: false, recoveries: 0 });
  }

  push(write: Write): void {
    const last = this.#queue.at(-1);
    // The head is in flight (or failed and about to be sent again): never replace it.
    const replaceable =
      this.#queue.length > 1 || (!this.#running && this.state.status !== 'failed');
    if (write.slot && last?.slot === write.slot && replaceable) {
      this.#queue[this.#queue.length - 1] = write.absorb ? write.absorb(last) : write;
    } else {
      this.#queue.push(write);
    }
    this.patch({ waiting: this.#queue.length });
    if (this.state.status !== 'failed') void this.#drain();
  }

  /** Sends the refused write again, then the ones behind it. */
  retry(): void {
    if (this.state.status !== 'failed') return;
    this.patch({ status: 'writing', retrying: true });
    void this.#drain();
  }

  /**
   * Resolves once everything asked so far is written; retries first if the
   * queue had stopped, and rejects if a write is refused again.
   */
  flush(): Promise<void> {
    if (this.#queue.length === 0) return Promise.resolve();
    const done = new Promise<void>((resolve, reject) => this.#drained.push({ resolve, reject }));
    this.retry();
    return done;
  }

  async #drain(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    while (this.#queue.length > 0) {
      this.patch({ status: 'writing', waiting: this.#queue.length });
      const write = this.#queue[0]!;
      try {
        await write.run();
      } catch (error) {
        this.#running = false;
        this.patch({ status: 'failed', failure: toApiError(error).code, retrying: false });
        for (const waiter of this.#drained.splice(0)) {
          waiter.reject(new Error('An attendance write was refused.'));
        }
        return;
      }
      this.#queue.shift();
    }
    this.#running = false;
    const { retrying, recoveries } = this.state;
    this.patch({
      status: 'idle',
      waiting: 0,
      failure: null,
      retrying: false,
      recoveries: retrying ? recoveries + 1 : recoveries,
    });
    for (const waiter of this.#drained.splice(0)) waiter.resolve();
  }
}
