import * as mediasoup from 'mediasoup';
import type { types } from 'mediasoup';
import { SignalingError, StartError } from '../errors';
import type { Logger } from '../log';
import { TypedEmitter } from '../util/typed-emitter';
import { mediaCodecs } from './codecs';

export type WorkerPoolOptions = {
  /** Number of mediasoup workers (one per core is the usual choice). */
  workers: number;
  /** IP the WebRtcServers bind (0.0.0.0 needs an announced address). */
  listenIp: string;
  /** Public IP or host name put in ICE candidates (behind NAT, or when listening on 0.0.0.0). */
  announcedAddress?: string;
  /** First media port: worker i listens on port+i (UDP and TCP). 0 picks free ports. */
  mediaPort: number;
  logger: Logger;
  logLevel?: types.WorkerLogLevel;
};

type Slot = {
  index: number;
  worker: types.Worker | undefined;
  webRtcServer: types.WebRtcServer | undefined;
  routers: number;
  replacing: Promise<void> | undefined;
};

export type RouterBundle = { router: types.Router; webRtcServer: types.WebRtcServer };

export type WorkerPoolEvents = {
  /** A worker process died; its routers are closed (rooms reset their media). */
  workerDied: [index: number];
  /** A replacement worker is up on the same media port. */
  workerReplaced: [index: number];
};

/**
 * The mediasoup workers, each with one WebRtcServer so every transport of a
 * worker shares one UDP/TCP port. A dead worker is replaced; the server stays up.
 */
export class WorkerPool extends TypedEmitter<WorkerPoolEvents> {
  readonly #options: WorkerPoolOptions;
  readonly #slots: Slot[];
  #closed = false;

  private constructor(options: WorkerPoolOptions) {
    super();
    this.#options = options;
    this.#slots = Array.from({ length: options.workers }, (_, index) => ({
      index,
      worker: undefined,
      webRtcServer: undefined,
      routers: 0,
      replacing: undefined,
    }));
  }

  static async create(options: WorkerPoolOptions): Promise<WorkerPool> {
    const pool = new WorkerPool(options);
    try {
      for (const slot of pool.#slots) await pool.#start(slot);
    } catch (error) {
      pool.close();
      throw new StartError(
        'MEDIA_START_FAILED',
        `Cannot start the media workers: ${(error as Error).message}`,
        { cause: error },
      );
    }
    return pool;
  }

  get size(): number {
    return this.#slots.length;
  }

  get aliveCount(): number {
    return this.#slots.filter((slot) => slot.worker && !slot.worker.died).length;
  }

  /** A router on the live worker with the fewest routers. */
  async createRouter(): Promise<RouterBundle> {
    let slot = this.#leastLoaded();
    if (!slot) {
      const pending = this.#slots.flatMap((s) => (s.replacing ? [s.replacing] : []));
      if (pending.length > 0) await Promise.race(pending);
      slot = this.#leastLoaded();
    }
    if (!slot?.worker || !slot.webRtcServer) {
      throw new SignalingError('MEDIA_UNAVAILABLE', 'No media server is available right now.');
    }
    const { worker, webRtcServer } = slot;
    const router = await worker.createRouter({ mediaCodecs });
    slot.routers += 1;
    router.observer.once('close', () => {
      if (slot.worker === worker) slot.routers -= 1;
    });
    return { router, webRtcServer };
  }

  /** CPU seconds used by each live worker, for /metrics. */
  async cpuSeconds(): Promise<Array<{ index: number; seconds: number }>> {
    const live = this.#slots.filter((slot) => slot.worker && !slot.worker.died);
    const usages = await Promise.allSettled(live.map((slot) => slot.worker!.getResourceUsage()));
    return usages.flatMap((usage, i) =>
      usage.status === 'fulfilled'
        ? [{ index: live[i]!.index, seconds: (usage.value.ru_utime + usage.value.ru_stime) / 1000 }]
        : [],
    );
  }

  /** Process ids of live workers (tests kill one to prove recovery). */
  get pids(): number[] {
    return this.#slots.flatMap((slot) =>
      slot.worker && !slot.worker.died ? [slot.worker.pid] : [],
    );
  }

  close(): void {
    this.#closed = true;
    for (const slot of this.#slots) {
      slot.worker?.close();
      slot.worker = undefined;
      slot.webRtcServer = undefined;
    }
    this.removeAllListeners();
  }

  #leastLoaded(): Slot | undefined {
    let best: Slot | undefined;
    for (const slot of this.#slots) {
      if (!slot.worker || slot.worker.died || !slot.webRtcServer) continue;
      if (!best || slot.routers < best.routers) best = slot;
    }
    return best;
  }

  async #start(slot: Slot): Promise<void> {
    const { listenIp, announcedAddress, mediaPort, logLevel } = this.#options;
    const worker = await mediasoup.createWorker({
      logLevel: logLevel ?? 'warn',
      appData: { index: slot.index },
    });
    const port = mediaPort === 0 ? undefined : mediaPort + slot.index;
    const listen = { ip: listenIp, announcedAddress, port };
    let webRtcServer: types.WebRtcServer;
    try {
      webRtcServer = await worker.createWebRtcServer({
        listenInfos: [
          { ...listen, protocol: 'udp' },
          { ...listen, protocol: 'tcp' },
        ],
      });
    } catch (error) {
      worker.close();
      throw error;
    }
    slot.worker = worker;
    slot.webRtcServer = webRtcServer;
    slot.routers = 0;
    worker.on('died', (error) => this.#onDied(slot, worker, error));
    this.#options.logger.info('media worker started', {
      worker: slot.index,
      pid: worker.pid,
      port: port ?? 'auto',
    });
  }

  #onDied(slot: Slot, worker: types.Worker, error: Error): void {
    if (slot.worker !== worker || this.#closed) return;
    this.#options.logger.error('media worker died', { worker: slot.index, error: error.message });
    slot.worker = undefined;
    slot.webRtcServer = undefined;
    slot.routers = 0;
    this.emit('workerDied', slot.index);
    slot.replacing = this.#replace(slot).finally(() => {
      slot.replacing = undefined;
    });
  }

  /** Retries with a growing delay: a worker that cannot start must not spin the CPU. */
  async #replace(slot: Slot): Promise<void> {
    for (let attempt = 0; !this.#closed; attempt += 1) {
      try {
        await this.#start(slot);
        if (this.#closed) {
          slot.worker?.close();
          return;
        }
        this.emit('workerReplaced', slot.index);
        return;
      } catch (error) {
        const delay = Math.min(30_000, 250 * 2 ** attempt);
        this.#options.logger.error('media worker restart failed', {
          worker: slot.index,
          retryInMs: delay,
          error: (error as Error).message,
        });
        await new Promise((resolve) => setTimeout(resolve, delay).unref());
      }
    }
  }
}
