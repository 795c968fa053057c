import { availableParallelism } from 'node:os';
import { desktopAppOrigin } from '../shared/session-server';
import { FacilitatorKeys, generateFacilitatorKey } from './auth/facilitator-keys';
import { InviteTokens } from './auth/tokens';
import { defaultStaticRoot } from './config';
import { createMonitoringHandler, createRequestHandler } from './http';
import { closeHttp, createHttp, defaultHttpLimits, listen, type TlsSource } from './http-listener';
import { consoleLogger, type Logger } from './log';
import { WorkerPool } from './media/worker-pool';
import { createMetrics } from './metrics';
import { RoomRegistry } from './rooms/registry';
import { serverLimits, type ServerLimits } from './server-limits';
import type { ServerContext } from './signaling/context';
import { defaultRateLimit, type RateLimit } from './signaling/rate-limit';
import { attachSignaling } from './signaling/ws-server';
import { systemClock, type Clock } from './util/clock';
import { clientAddress, firstLanIPv4, hostPort, isWildcard } from './util/network';

export type { TlsSource } from './http-listener';
export type TlsFiles = { certFile: string; keyFile: string };

export type SessionServerOptions = Partial<ServerLimits> & {
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
  tls?: TlsSource;
  /** One key facilitators present (kept in memory); otherwise the key file in configDir. */
  facilitatorKey?: string;
  configDir?: string;
  /** Public base URL (e.g. behind a TLS proxy); invite links start with it. */
  publicUrl?: string;
  /** Strict-Transport-Security; default: whenever the public URL is https. */
  hsts?: boolean;
  /**
   * Origins whose pages may open signaling sockets, besides the public URL's
   * and the desktop app's (app://cercle). A connection without an Origin
   * header is not a browser page and is let through.
   */
  allowedOrigins?: readonly string[];
  /** Test hosts only: also accept origins this says yes to. */
  allowOrigin?: (origin: string) => boolean;
  /** Take the client's address from X-Forwarded-For (only behind your own proxy). */
  trustProxy?: boolean;
  /** The monitoring listener (/metrics, full /healthz); default none. */
  monitoring?: { listen: string; port: number };
  /** Also answer /metrics on the public listener to `Authorization: Bearer <token>`. */
  metricsToken?: string;
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
  /** The first facilitator key (the desktop app's hosted server has exactly one). */
  facilitatorKey: string | undefined;
  /** Names of the facilitator keys. */
  keyNames: string[];
  /** The file that keeps the keys (undefined when the key was given and is in memory only). */
  keyFile: string | undefined;
  /** True when this start created the key file and its first key. */
  keyCreated: boolean;
  /** Where /metrics and the full /healthz answer, when the monitoring listener runs. */
  monitoringUrl: string | undefined;
  /** The limits in force. */
  limits: ServerLimits;
  /** Live rooms, for server-side features (talking piece, rounds) and tests. */
  rooms: RoomRegistry;
  /** Process ids of live media workers. */
  mediaWorkerPids(): number[];
  close(): Promise<void>;
};

function resolveKeys(options: SessionServerOptions): FacilitatorKeys {
  if (options.facilitatorKey) return FacilitatorKeys.single(options.facilitatorKey);
  if (options.configDir) return FacilitatorKeys.loadOrCreate(options.configDir);
  return FacilitatorKeys.single(generateFacilitatorKey());
}

function originOf(url: string): string {
  return new URL(url).origin;
}

/** Starts the session server: `npm run server`, or the desktop app's "host on this computer". */
export async function startSessionServer(
  options: SessionServerOptions = {},
): Promise<SessionServer> {
  const logger = options.logger ?? consoleLogger;
  const clock = options.clock ?? systemClock;
  const host = options.listen ?? '127.0.0.1';
  const workers = options.workers ?? availableParallelism();
  const limits = serverLimits(options);
  const keys = resolveKeys(options);
  const trustProxy = options.trustProxy ?? false;
  const httpServer = createHttp(options.tls, {
    ...defaultHttpLimits,
    maxConnections: limits.maxSockets + 64,
    // Behind a proxy every TCP connection comes from the proxy: the WebSocket cap counts instead.
    maxConnectionsPerIp: trustProxy ? 0 : limits.maxSocketsPerIp + 16,
  });
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
  const allowedOrigins = new Set([
    originOf(publicBase),
    originOf(url),
    desktopAppOrigin,
    ...(options.allowedOrigins ?? []),
  ]);

  const reconnectWindowMs = options.reconnectWindowMs ?? 120_000;
  const rooms = RoomRegistry.create({
    clock,
    reconnectWindowMs,
    departureGraceMs: Math.min(options.departureGraceMs ?? 30_000, reconnectWindowMs),
    speakingReportMs: options.speakingReportMs ?? 5_000,
    maxPeersPerRoom: limits.maxPeersPerRoom,
    maxLobbyPerRoom: limits.maxLobbyPerRoom,
    maxLobbyPerIp: limits.maxLobbyPerIp,
    // Audio and camera from everyone else in the room, and no more.
    maxConsumersPerPeer: 2 * Math.max(1, limits.maxPeersPerRoom - 1),
    maxRooms: options.maxRooms ?? 200,
    idleRoomTtlMs: options.idleRoomTtlMs ?? 30 * 60_000,
    routerProvider: pool,
    logger,
  });
  const context: ServerContext = {
    registry: rooms,
    invites: new InviteTokens(clock),
    facilitatorKeys: keys,
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
    seatlessTimeoutMs: limits.seatlessTimeoutMs,
    livenessProbeMs: limits.livenessProbeMs,
    maxSockets: limits.maxSockets,
    maxSocketsPerIp: limits.maxSocketsPerIp,
    isAllowedOrigin: (origin) =>
      origin === undefined || allowedOrigins.has(origin) || options.allowOrigin?.(origin) === true,
    clientIp: (request) => clientAddress(request, trustProxy),
    onRefusal: (code) => metrics.countRefusal(code),
    onUpgradeRefused: (refusal) => metrics.countUpgradeRefusal(refusal),
  });
  connections = () => signaling.connections;
  const health = () => {
    const totals = rooms.totals();
    const alive = pool?.aliveCount ?? 0;
    return {
      status: alive < workers ? ('degraded' as const) : ('ok' as const),
      rooms: totals.rooms,
      peers: totals.lobby + totals.joined,
      workersAlive: alive,
      workers,
    };
  };
  httpServer.on(
    'request',
    createRequestHandler({
      staticRoot: options.staticRoot ?? defaultStaticRoot(),
      connectOrigins: [publicWs],
      hsts: options.hsts ?? publicBase.startsWith('https:'),
      metrics,
      metricsToken: options.metricsToken,
      logger,
      health,
    }),
  );

  let monitoring: { server: ReturnType<typeof createHttp>; url: string } | undefined;
  if (options.monitoring) {
    const server = createHttp(undefined, {
      ...defaultHttpLimits,
      maxConnections: 32,
      maxConnectionsPerIp: 0,
    });
    server.on('request', createMonitoringHandler({ metrics, health, logger }));
    try {
      const at = await listen(server, options.monitoring.port, options.monitoring.listen, {
        port: '--metrics-port / CERCLE_METRICS_PORT (or off)',
        listen: '--metrics-listen / CERCLE_METRICS_LISTEN',
      });
      monitoring = { server, url: `http://${hostPort(options.monitoring.listen, at)}` };
    } catch (error) {
      await signaling.close();
      await closeHttp(httpServer);
      rooms.closeAll();
      pool?.close();
      throw error;
    }
  }

  let closing: Promise<void> | undefined;
  return {
    url,
    wsUrl: `${url.replace(/^http/, 'ws')}/ws`,
    joinUrlBase,
    port,
    facilitatorKey: keys.firstKey,
    keyNames: keys.names,
    keyFile: keys.path,
    keyCreated: keys.created,
    monitoringUrl: monitoring?.url,
    limits,
    rooms,
    mediaWorkerPids: () => pool?.pids ?? [],
    close: () => {
      closing ??= (async () => {
        rooms.closeAll();
        await signaling.close();
        await closeHttp(httpServer);
        if (monitoring) await closeHttp(monitoring.server);
        pool?.close();
      })();
      return closing;
    },
  };
}
