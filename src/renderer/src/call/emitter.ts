/** Event name → listener arguments. */
export type EventMap = Record<string, unknown[]>;

/**
 * A small typed event emitter for the browser (the server's one builds on
 * node:events, which the pages cannot load). A throwing listener does not
 * stop the others.
 */
export class Emitter<Events extends EventMap> {
  readonly #listeners = new Map<keyof Events, Set<(...args: never) => void>>();

  on<E extends keyof Events>(event: E, listener: (...args: Events[E]) => void): () => void {
    let set = this.#listeners.get(event);
    if (!set) {
      set = new Set();
      this.#listeners.set(event, set);
    }
    const stored = listener as (...args: never) => void;
    set.add(stored);
    return () => set.delete(stored);
  }

  protected emit<E extends keyof Events>(event: E, ...args: Events[E]): void {
    for (const listener of [...(this.#listeners.get(event) ?? [])]) {
      try {
        (listener as unknown as (...args: Events[E]) => void)(...args);
      } catch (error) {
        console.error(`[cercle] listener of ${String(event)} failed`, error);
      }
    }
  }

  protected removeAllListeners(): void {
    this.#listeners.clear();
  }
}
