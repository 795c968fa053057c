import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { SignalingErrorCode } from '../shared/signaling';
import type { WorkerPool } from './media/worker-pool';
import type { RoomRegistry } from './rooms/registry';
import type { UpgradeRefusal } from './signaling/admission';

export type ServerMetrics = {
  registry: Registry;
  countRefusal(code: SignalingErrorCode): void;
  countUpgradeRefusal(refusal: UpgradeRefusal): void;
};

/**
 * Prometheus metrics on a registry of this server's own (several servers can
 * live in one process: tests, or the desktop app). Counts only, never names.
 */
export function createMetrics(deps: {
  rooms: RoomRegistry;
  pool: WorkerPool | undefined;
  connections: () => number;
}): ServerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'cercle_' });
  const registers = [registry];

  new Gauge({
    name: 'cercle_rooms',
    help: 'Open rooms.',
    registers,
    collect() {
      this.set(deps.rooms.size);
    },
  });
  new Gauge({
    name: 'cercle_peers',
    help: 'Seats in rooms, by state.',
    labelNames: ['state'],
    registers,
    collect() {
      const totals = deps.rooms.totals();
      this.set({ state: 'lobby' }, totals.lobby);
      this.set({ state: 'joined' }, totals.joined);
      this.set({ state: 'disconnected' }, totals.disconnected);
    },
  });
  new Gauge({
    name: 'cercle_producers',
    help: 'mediasoup producers, by kind.',
    labelNames: ['kind'],
    registers,
    collect() {
      const { producers } = deps.rooms.totals();
      this.set({ kind: 'audio' }, producers.audio);
      this.set({ kind: 'video' }, producers.video);
    },
  });
  new Gauge({
    name: 'cercle_consumers',
    help: 'mediasoup consumers.',
    registers,
    collect() {
      this.set(deps.rooms.totals().consumers);
    },
  });
  new Gauge({
    name: 'cercle_signaling_connections',
    help: 'Open signaling WebSockets.',
    registers,
    collect() {
      this.set(deps.connections());
    },
  });
  new Gauge({
    name: 'cercle_workers_alive',
    help: 'Live mediasoup workers.',
    registers,
    collect() {
      this.set(deps.pool?.aliveCount ?? 0);
    },
  });
  new Gauge({
    name: 'cercle_worker_cpu_seconds',
    help: 'CPU time (user + system) used by each mediasoup worker, from getResourceUsage().',
    labelNames: ['worker'],
    registers,
    async collect() {
      this.reset();
      for (const { index, seconds } of (await deps.pool?.cpuSeconds()) ?? []) {
        this.set({ worker: String(index) }, seconds);
      }
    },
  });
  const refusals = new Counter({
    name: 'cercle_signaling_errors_total',
    help: 'Signaling requests refused or connections closed, by error code.',
    labelNames: ['code'],
    registers,
  });

  const upgrades = new Counter({
    name: 'cercle_signaling_upgrades_refused_total',
    help: 'WebSocket upgrades refused before any socket existed: path, origin, serverFull, addressFull.',
    labelNames: ['reason'],
    registers,
  });

  // Labels come from fixed lists (error codes, refusal reasons), so the series stay few.
  return {
    registry,
    countRefusal: (code) => refusals.inc({ code }),
    countUpgradeRefusal: (reason) => upgrades.inc({ reason }),
  };
}
