import { Emitter, type EventMap } from '../call/emitter';

/** What React reads with useSyncExternalStore (see use-snapshot.ts). */
export type Readable<T> = {
  subscribe(listener: () => void): () => void;
  getSnapshot(): T;
};

/** A value whose identity changes on each change, and the listeners told when it does. */
export class Store<T> implements Readable<T> {
  #value: T;
  readonly #listeners = new Set<() => void>();

  constructor(initial: T) {
    this.#value = initial;
  }

  readonly getSnapshot = (): T => this.#value;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  set(next: T): void {
    if (Object.is(next, this.#value)) return;
    this.#value = next;
    for (const listener of [...this.#listeners]) listener();
  }

  update(change: (current: T) => T): void {
    this.set(change(this.#value));
  }
}

/**
 * The base of every object that lives outside React and whose state React
 * renders (the call, the rounds, the open room, the live session, notes, the
 * join flow): one snapshot, readable by anyone, changed only by its owner.
 * Typed events (CallClient's, say) come with it for those that have some.
 */
export abstract class Stateful<
  T extends object,
  Events extends EventMap = Record<never, never>,
> extends Emitter<Events> {
  readonly #store: Store<T>;

  protected constructor(initial: T) {
    super();
    this.#store = new Store(initial);
  }

  readonly subscribe = (listener: () => void): (() => void) => this.#store.subscribe(listener);
  readonly getSnapshot = (): T => this.#store.getSnapshot();

  /** The snapshot as it is now. */
  protected get state(): T {
    return this.#store.getSnapshot();
  }

  protected patch(change: Partial<T>): void {
    this.#store.update((current) => ({ ...current, ...change }));
  }

  protected update(change: (current: T) => T): void {
    this.#store.update(change);
  }
}
