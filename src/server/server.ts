import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import {
  facilitatorKeyChecker,
  generateFacilitatorKey,
  loadOrCreateFacilitatorKey,
} from './auth/facilitator-key';
import { InviteTokens } from './auth/tokens';
import { defaultStaticRoot } from './config';
import { StartError } from './errors';
import { createRequestHandler } from './http';
import { consoleLogger, type Logger } from './log';
import { WorkerPool } from './media/worker-pool';
import { createMetrics } from './metrics';
import { RoomRegistry } from './rooms/registry';
import type { ServerContext } from './signaling/context';
import { defaultRateLimit, type RateLimit } from './signaling/rate-limit';
import { attachSignaling } from './signaling/ws-server';
import { systemClock, type Clock } from './util/clock';
import { firstLanIPv4, hostPort, isWildcard } from './util/network';
import { availableParallelism } from 'node:os';

export type TlsFiles = { certFile: string; keyFile: string };

export type SessionServerOptions = {
  /** 0 picks a free port (the desktop app reads it back from `url`). Default 0. */
  port?: number;
  /** Default 127.0.0.1; 0.0.0.0 to be reachable on the network. */
  listen?: string;
  /** Public IP/host for media ICE candidates (needed behind NAT). */
  announcedAddress?: string;
  /** First media port, worker i on port+i. 0 picks free ports. Default 40000. */
  mediaPort?: number;
  /** mediasoup workers; 0 runs signaling only. Default: one per core. */
  workers?: number;
  tls?: TlsFiles;
  /** The key facilitators present; otherwise read from/created in configDir, or made up for this run. */
  facilitatorKey?: string;
  configDir?: string;
  /** Public base URL (e.g. behind a TLS proxy); invite links start with it. */
  publicUrl?: string;
  /** Folder with the built join.html and assets/. */
  staticRoot?: string;
  clock?: Clock;
  /** Default 2 minutes. */
  reconnectWindowMs?: number;
  /**
   * How long a dropped person keeps their place in a talking order before the
   * round moves past them (they are put back at the end if they return later).
   * Default 30 seconds, and never longer than the reconnect window.
   */
  departureGraceMs?: number;
  /** How often the facilitator receives speaking time. Default 5 seconds. */
  speakingReportMs?: number;
  /** Default 24 hours. */
  inviteTtlMs?: number;
  /** Default 30 minutes. */
  idleRoomTtlMs?: number;
  /** Default 15 seconds. */
  heartbeatMs?: number;
  rateLimit?: RateLimit;
  maxPeersPerRoom?: number;
  maxRooms?: number;
  logger?: Logger;
};

export type SessionServer = {
  /** Base URL to reach this server from this machine (http(s)://host:port). */
  url: string;
  /** The signaling WebSocket URL. */
  wsUrl: string;
  /** Public base of participant links: `${joinUrlBase}/<room>#invite=<token>`. */
  joinUrlBase: string;
  port: number;
  facilitatorKey: string;
  /** Set when the key was generated: the file that now holds it (or undefined if in memory only). */
  keyFile: string | undefined;
  keyCreated: boolean;
  /** Live rooms, for server-side features (talking piece, rounds) and tests. */
  rooms: RoomRegistry;
  /** Process ids of live media workers. */
  mediaWorkerPids(): number[];
  close(): Promise<void>;
};

function resolveKey(options: SessionServerOptions) {
  if (options.facilitatorKey)
    return { key: options.facilitatorKey, created: false, path: undefined };
  if (options.configDir) return loadOrCreateFacilitatorKey(options.configDir);
  return { key: generateFacilitatorKey(), created: true, path: undefined };
}

function readTls(tls: TlsFiles): { cert: Buffer; key: Buffer } {
  const read = (file: string, what: string) => {
    try {
      return readFileSync(file);
    } catch (error) {
      throw new StartError(
        'CERT_UNREADABLE',
        `Cannot read the TLS ${what} ${file}: ${(error as Error).message}`,
        {
          cause: error,
        },
      );
    }
  };
  return { cert: read(tls.certFile, 'certificate'), key: read(tls.keyFile, 'key') };
}

function createHttp(tls: TlsFiles | undefined): HttpServer | HttpsServer {
  if (!tls) return createHttpServer();
  try {
    return createHttpsServer(readTls(tls));
  } catch (error) {
    if (error instanceof StartError) throw error;
    throw new StartError(
      'CERT_UNREADABLE',
      `The TLS certificate or key is not usable: ${(error as Error).message}`,
      { cause: error },
    );
  }
}

function listen(server: HttpServer | HttpsServer, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      const where = hostPort(host, port);
      if (error.code === 'EADDRINUSE') {
        reject(
          new StartError(
            'PORT_IN_USE',
            `Port ${port} is already in use on ${host} (${where}). Stop the other program or choose another port with --port / CERCLE_PORT.`,
          ),
        );
      } else if (error.code === 'EADDRNOTAVAIL') {
        reject(
          new StartError(
            'ADDRESS_UNAVAILABLE',
            `${host} is not an address of this machine (--listen / CERCLE_LISTEN).`,
          ),
        );
      } else if (error.code === 'EACCES') {
        reject(
          new StartError(
            'PERMISSION_DENIED',
            `Not allowed to listen on ${where}; ports below 1024 need extra rights.`,
          ),
        );
      } else reject(error);
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Starts the session server: `npm run server`, or the desktop app's "host on this computer". */
export async function startSessionServer(
  options: SessionServerOptions = {},
): Promise<SessionServer> {
  const logger = options.logger ?? consoleLogger;
  const clock = options.clock ?? systemClock;
  const host = options.listen ?? '127.0.0.1';
  const workers = options.workers ?? availableParallelism();
  const key = resolveKey(options);
  const httpServer = createHttp(options.tls);
  const scheme = options.tls ? 'https' : 'http';

  const announced = options.announcedAddress ?? (isWildcard(host) ? firstLanIPv4() : undefined);
  if (isWildcard(host) && !announced && workers > 0) {
    logger.warn(
      'no LAN address found; media will only work from this machine (set --announced-address)',
    );
  }
  const pool =
    workers > 0
      ? await WorkerPool.create({
          workers,
          listenIp: host,
          announcedAddress: announced ?? (isWildcard(host) ? '127.0.0.1' : undefined),
          mediaPort: options.mediaPort ?? 40000,
          logger,
        })
      : undefined;

  let port: number;
  try {
    port = await listen(httpServer, options.port ?? 0, host);
  } catch (error) {
    pool?.close();
    throw error;
  }

  const localHost = isWildcard(host) ? '127.0.0.1' : host;
  const url = `${scheme}://${hostPort(localHost, port)}`;
  const publicBase = (
    options.publicUrl ?? `${scheme}://${hostPort(announced ?? localHost, port)}`
  ).replace(/\/+$/, '');
  const joinUrlBase = `${publicBase}/join`;
  const publicWs = publicBase.replace(/^http/, 'ws');

  const reconnectWindowMs = options.reconnectWindowMs ?? 120_000;
  const rooms = RoomRegistry.create({
    clock,
    reconnectWindowMs,
    departureGraceMs: Math.min(options.departureGraceMs ?? 30_000, reconnectWindowMs),
    speakingReportMs: options.speakingReportMs ?? 5_000,
    maxPeersPerRoom: options.maxPeersPerRoom ?? 40,
    maxRooms: options.maxRooms ?? 200,
    idleRoomTtlMs: options.idleRoomTtlMs ?? 30 * 60_000,
    routerProvider: pool,
    logger,
  });
  const context: ServerContext = {
    registry: rooms,
    invites: new InviteTokens(clock),
    isFacilitatorKey: facilitatorKeyChecker(key.key),
    clock,
    inviteUrl: (roomId, token) => `${joinUrlBase}/${roomId}#invite=${token}`,
    inviteTtlMs: options.inviteTtlMs ?? 24 * 60 * 60_000,
    logger,
  };
  let connections = () => 0;
  const metrics = createMetrics({ rooms, pool, connections: () => connections() });
  const signaling = attachSignaling(httpServer, context, {
    heartbeatMs: options.heartbeatMs ?? 15_000,
    rateLimit: options.rateLimit ?? defaultRateLimit,
    onRefusal: (code) => metrics.countRefusal(code),
  });
  connections = () => signaling.connections;
  httpServer.on(
    'request',
    createRequestHandler({
      staticRoot: options.staticRoot ?? defaultStaticRoot(),
      connectOrigins: [publicWs],
      tls: options.tls !== undefined,
      metrics,
      logger,
      health: () => {
        const totals = rooms.totals();
        const alive = pool?.aliveCount ?? 0;
        return {
          status: alive < workers ? 'degraded' : 'ok',
          rooms: totals.rooms,
          peers: totals.lobby + totals.joined,
          workersAlive: alive,
          workers,
        };
      },
    }),
  );

  let closing: Promise<void> | undefined;
  return {
    url,
    wsUrl: `${url.replace(/^http/, 'ws')}/ws`,
    joinUrlBase,
    port,
    facilitatorKey: key.key,
    keyFile: key.path,
    keyCreated: key.created,
    rooms,
    mediaWorkerPids: () => pool?.pids ?? [],
    close: () => {
      closing ??= (async () => {
        rooms.closeAll();
        await signaling.close();
        await new Promise<void>((resolve) => {
          httpServer.close(() => resolve());
          httpServer.closeAllConnections();
        });
        pool?.close();
      })();
      return closing;
    },
  };
}
