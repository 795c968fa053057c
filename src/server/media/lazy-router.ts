import { SignalingError } from '../errors';
import { Observers, type ObserverHandlers } from './observers';
import { mediaCall } from './peer-media';
import type { RouterBundle } from './worker-pool';

export type RouterProvider = { createRouter(): Promise<RouterBundle> };
export type RoomRouter = RouterBundle & { observers: Observers };

/**
 * A room's router, created on first use on the least-loaded worker. If its
 * worker dies, `onLost` runs once and the next use creates a new one; the
 * generation tells callers whether the router changed while they awaited.
 */
export class LazyRouter {
  readonly #provider: RouterProvider;
  readonly #handlers: ObserverHandlers;
  readonly #onLost: () => void;
  #pending: Promise<RoomRouter> | undefined;
  #generation = 0;
  #closed = false;

  constructor(provider: RouterProvider, handlers: ObserverHandlers, onLost: () => void) {
    this.#provider = provider;
    this.#handlers = handlers;
    this.#onLost = onLost;
  }

  get generation(): number {
    return this.#generation;
  }

  async get(): Promise<RoomRouter> {
    if (this.#closed) throw new SignalingError('ROOM_NOT_FOUND', 'This room is closed.');
    if (!this.#pending) {
      const pending = this.#create(this.#generation);
      pending.catch(() => {
        if (this.#pending === pending) this.#pending = undefined;
      });
      this.#pending = pending;
    }
    return mediaCall(() => this.#pending as Promise<RoomRouter>);
  }

  close(): void {
    this.#closed = true;
    void this.#pending?.then(({ router }) => router.close()).catch(() => {});
    this.#pending = undefined;
  }

  async #create(generation: number): Promise<RoomRouter> {
    const bundle = await this.#provider.createRouter();
    let observers: Observers;
    try {
      observers = await Observers.create(bundle.router, this.#handlers);
    } catch (error) {
      bundle.router.close();
      throw error;
    }
    bundle.router.once('workerclose', () => {
      if (generation !== this.#generation || this.#closed) return;
      this.#generation += 1;
      this.#pending = undefined;
      this.#onLost();
    });
    if (this.#closed) bundle.router.close();
    return { ...bundle, observers };
  }
}
