import type { HostingProblem, HostingStatus } from '../../shared/session-server';
import { hostingProblems } from '../../shared/session-server';
import type { Logger } from '../../server/log';
import {
  startSessionServer,
  type SessionServer,
  type SessionServerOptions,
} from '../../server/server';
import { lanIPv4s } from '../../server/util/network';
import { hostingCertificate } from './hosting-tls';
import { makeSelfSigned, type SelfSigned } from './self-signed';

/** Where the app runs: the same server code `npm run server` runs, started in this process. */
export type HostingEnvironment = {
  /** The built renderer (join.html and assets/); default: the server's own default. */
  staticRoot?: string;
  /** The app's data folder, where the server keeps its facilitator key. */
  configDir?: string;
  /** mediasoup workers; one is plenty for a facilitator's computer. */
  workers?: number;
  /** The app page's own origins (app://cercle, the dev server, a test host): they may connect. */
  appOrigins?: () => readonly string[];
  /** Where "on the network" listens; default every interface (tests keep to 127.0.0.1). */
  networkListen?: string;
  /** Media address announced on the network; default the first LAN address. */
  networkAnnounced?: string;
  logger?: Logger;
  /** Tests replace the server start. */
  start?: (options: SessionServerOptions) => Promise<SessionServer>;
};

export type HostingStart = {
  /** Share on the local network (listen on every interface) or stay on this computer. */
  network: boolean;
  /** Port to try first, so the app page's CSP (fixed at load) still names it. */
  preferredPort?: number;
};

export type Hosted = {
  url: string;
  wsUrl: string;
  joinUrlBase: string;
  facilitatorKey: string;
  /** On the network the server speaks TLS with a self-signed certificate: its SHA-256 (AB:CD:…). */
  fingerprint: string | undefined;
};

function problemOf(error: unknown): HostingProblem {
  const code = (error as { code?: unknown }).code;
  return (hostingProblems as readonly unknown[]).includes(code)
    ? (code as HostingProblem)
    : 'UNKNOWN';
}

/**
 * "Host on this computer": starts and stops the session server inside this
 * process. One at a time; starts and stops are queued so a double click
 * cannot start two servers.
 */
export function createHostingService(env: HostingEnvironment = {}) {
  const start = env.start ?? startSessionServer;
  let server: SessionServer | undefined;
  let certificate: SelfSigned | undefined;
  let status: HostingStatus = { state: 'stopped', network: false };
  let queue: Promise<unknown> = Promise.resolve();

  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };

  async function stopNow(): Promise<void> {
    const running = server;
    server = undefined;
    status = { state: 'stopped', network: status.network };
    await running?.close();
  }

  /**
   * On the network, TLS with a certificate made on this computer: names,
   * agreements and tokens never cross the Wi-Fi in clear, and browsers give
   * camera and microphone only to https pages. This computer alone stays on
   * plain http: loopback never leaves the machine and counts as secure.
   */
  function tlsFor(network: boolean): SelfSigned | undefined {
    if (!network) return undefined;
    const ips = ['127.0.0.1', ...(env.networkAnnounced ? [env.networkAnnounced] : lanIPv4s())];
    return env.configDir === undefined
      ? makeSelfSigned(ips)
      : hostingCertificate(env.configDir, ips);
  }

  async function startOnce(network: boolean, port: number): Promise<SessionServer> {
    const tls = certificate;
    return start({
      listen: network ? (env.networkListen ?? '0.0.0.0') : '127.0.0.1',
      ...(network && env.networkAnnounced ? { announcedAddress: env.networkAnnounced } : {}),
      ...(tls ? { tls: { cert: tls.cert, key: tls.key }, hsts: false } : {}),
      allowedOrigins: env.appOrigins?.() ?? [],
      port,
      // Free media ports: a laptop may already use 40000 for something else.
      mediaPort: 0,
      workers: env.workers ?? 1,
      ...(env.configDir === undefined ? {} : { configDir: env.configDir }),
      ...(env.staticRoot === undefined ? {} : { staticRoot: env.staticRoot }),
      ...(env.logger === undefined ? {} : { logger: env.logger }),
    });
  }

  async function startNow(request: HostingStart): Promise<HostingStatus> {
    if (server && status.state === 'running' && status.network === request.network) return status;
    await stopNow();
    status = { state: 'starting', network: request.network };
    try {
      certificate = tlsFor(request.network);
      const preferred = request.preferredPort ?? 0;
      server = await startOnce(request.network, preferred).catch((error: unknown) => {
        // The remembered port is taken: any free one will do (the page reloads for it).
        if (preferred !== 0 && problemOf(error) === 'PORT_IN_USE') {
          return startOnce(request.network, 0);
        }
        throw error;
      });
      status = {
        state: 'running',
        network: request.network,
        url: server.url,
        joinUrlBase: server.joinUrlBase,
        tls: certificate
          ? { fingerprint: certificate.fingerprint, notAfter: certificate.notAfter }
          : null,
      };
    } catch (error) {
      server = undefined;
      certificate = undefined;
      status = {
        state: 'failed',
        network: request.network,
        problem: problemOf(error),
        detail: error instanceof Error ? error.message : String(error),
      };
    }
    return status;
  }

  return {
    status: (): HostingStatus => status,
    /** The running server's addresses and key, for opening a room. */
    hosted: (): Hosted | undefined =>
      server?.facilitatorKey === undefined
        ? undefined
        : {
            url: server.url,
            wsUrl: server.wsUrl,
            joinUrlBase: server.joinUrlBase,
            facilitatorKey: server.facilitatorKey,
            fingerprint: certificate?.fingerprint,
          },
    /** Starts the server (or restarts it to switch between this computer and the network). */
    start: (request: HostingStart): Promise<HostingStatus> => serial(() => startNow(request)),
    /** Stops it: open rooms close and everyone in them is told. */
    stop: (): Promise<HostingStatus> =>
      serial(async () => {
        await stopNow();
        return status;
      }),
  };
}

export type HostingService = ReturnType<typeof createHostingService>;
