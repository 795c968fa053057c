import { AppError } from '../../shared/errors';
import {
  keyHint,
  serverConnectOrigins,
  serverOrigin,
  sessionServerModes,
  type SessionServerConnection,
  type SessionServerInfo,
  type SessionServerMode,
} from '../../shared/session-server';
import type { Db } from '../db/connection';
import { readSettings, writeSetting } from '../db/repos/settings';
import type { HostingService } from './hosting';

/** Rows of the settings table this service owns. */
const keys = {
  mode: 'sessionServer.mode',
  url: 'sessionServer.url',
  key: 'sessionServer.key',
  network: 'sessionServer.network',
  hostPort: 'sessionServer.hostPort',
} as const;

type Stored = {
  mode: SessionServerMode;
  url: string | undefined;
  key: string | undefined;
  network: boolean;
  hostPort: number | undefined;
};

function read(db: Db): Stored {
  const rows = readSettings(db);
  const mode = rows.get(keys.mode);
  const url = rows.get(keys.url);
  const port = Number(rows.get(keys.hostPort));
  return {
    mode: (sessionServerModes as readonly string[]).includes(mode ?? '')
      ? (mode as SessionServerMode)
      : 'none',
    url: url === undefined ? undefined : serverOrigin(url),
    key: rows.get(keys.key) || undefined,
    network: rows.get(keys.network) === 'true',
    hostPort: Number.isInteger(port) && port > 0 && port < 65536 ? port : undefined,
  };
}

const loopback = (port: number) => `http://127.0.0.1:${port}`;

/**
 * The session server the facilitator chose, kept in SQLite settings: an
 * association's server (URL + key; the key is never shown again in full) or
 * "host on this computer" (the hosting service, on a remembered port).
 */
export function createSessionServerService(db: Db, hosting: HostingService) {
  function origins(stored: Stored = read(db)): string[] {
    if (stored.mode === 'remote' && stored.url) return serverConnectOrigins(stored.url);
    if (stored.mode === 'hosted') {
      const running = hosting.hosted();
      const port = running ? Number(new URL(running.url).port) : stored.hostPort;
      return port ? serverConnectOrigins(loopback(port)) : [];
    }
    return [];
  }

  function info(): SessionServerInfo {
    const stored = read(db);
    const status = hosting.status();
    return {
      mode: stored.mode,
      remote: stored.url && stored.key ? { url: stored.url, keyHint: keyHint(stored.key) } : null,
      hosting: status.state === 'stopped' ? { ...status, network: stored.network } : status,
      origins: origins(stored),
    };
  }

  async function startHosting(network: boolean): Promise<void> {
    const stored = read(db);
    const status = await hosting.start({ network, preferredPort: stored.hostPort });
    const running = hosting.hosted();
    if (status.state === 'running' && running) {
      writeSetting(db, keys.hostPort, new URL(running.url).port);
    }
  }

  return {
    info,
    /** Origins the app page may connect to, read when a page is served (its CSP). */
    origins: (): string[] => origins(),

    /** Use an association's server; a key left out keeps the one saved before. */
    async setRemote(url: string, facilitatorKey: string | undefined): Promise<SessionServerInfo> {
      const stored = read(db);
      const key = facilitatorKey ?? stored.key;
      if (key === undefined) {
        throw new AppError('VALIDATION', 'A facilitator key is needed.', [
          { path: 'facilitatorKey', message: 'empty' },
        ]);
      }
      db.transaction(() => {
        writeSetting(db, keys.mode, 'remote');
        writeSetting(db, keys.url, url);
        writeSetting(db, keys.key, key);
      })();
      await hosting.stop();
      return info();
    },

    /** Host on this computer, on it alone or on the local network too. */
    async host(network: boolean): Promise<SessionServerInfo> {
      db.transaction(() => {
        writeSetting(db, keys.mode, 'hosted');
        writeSetting(db, keys.network, String(network));
      })();
      await startHosting(network);
      return info();
    },

    async stopHosting(): Promise<SessionServerInfo> {
      await hosting.stop();
      return info();
    },

    /** Where to open a room; starts the hosted server when that is the choice. */
    async connect(): Promise<SessionServerConnection> {
      const stored = read(db);
      if (stored.mode === 'remote' && stored.url && stored.key) {
        const wsUrl = `${stored.url.replace(/^http/, 'ws')}/ws`;
        return { ok: true, url: stored.url, wsUrl, facilitatorKey: stored.key, hosted: false };
      }
      if (stored.mode !== 'hosted') return { ok: false, reason: 'notConfigured' };
      if (!hosting.hosted()) await startHosting(stored.network);
      const running = hosting.hosted();
      const status = hosting.status();
      if (!running) {
        return {
          ok: false,
          reason: 'hostingFailed',
          problem: status.state === 'failed' ? status.problem : 'UNKNOWN',
        };
      }
      const { url, wsUrl, facilitatorKey } = running;
      return { ok: true, url, wsUrl, facilitatorKey, hosted: true };
    },

    /** Stops the hosted server when the app quits. */
    close: (): Promise<unknown> => hosting.stop(),
  };
}

export type SessionServerService = ReturnType<typeof createSessionServerService>;
