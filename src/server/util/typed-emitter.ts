import { EventEmitter } from 'node:events';

/** Event name → listener arguments. */
export type EventMap = Record<string, unknown[]>;

/** An EventEmitter whose event names and payloads are checked by the compiler. */
export class TypedEmitter<Events extends EventMap> {
  readonly #emitter = new EventEmitter();

  constructor() {
    // Rooms may have many listeners (one per connection); no leak warning for that.
    this.#emitter.setMaxListeners(0);
  }

  on<K extends keyof Events & string>(
    event: K,
    listener: (...args: Events[K]) => void,
  ): () => void {
    const wrapped = listener as (...args: unknown[]) => void;
    this.#emitter.on(event, wrapped);
    return () => this.#emitter.off(event, wrapped);
  }

  once<K extends keyof Events & string>(event: K, listener: (...args: Events[K]) => void): void {
    this.#emitter.once(event, listener as (...args: unknown[]) => void);
  }

  protected emit<K extends keyof Events & string>(event: K, ...args: Events[K]): void {
    this.#emitter.emit(event, ...args);
  }

  protected removeAllListeners(): void {
    this.#emitter.removeAllListeners();
  }
}
