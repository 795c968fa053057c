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
import { isSealedFor, plainSecrets, type SecretStore } from '../platform/secrets';
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
  /** A key was saved but this computer cannot decrypt it (the database came from elsewhere). */
  keyUnreadable: boolean;
  network: boolean;
  hostPort: number | undefined;
};

function read(db: Db, secrets: SecretStore): Stored {
  const rows = readSettings(db);
  const mode = rows.get(keys.mode);
  const url = rows.get(keys.url);
  const port = Number(rows.get(keys.hostPort));
  const sealed = rows.get(keys.key) || undefined;
  const key = sealed === undefined ? undefined : secrets.open(sealed);
  return {
    mode: (sessionServerModes as readonly string[]).includes(mode ?? '')
      ? (mode as SessionServerMode)
      : 'none',
    url: url === undefined ? undefined : serverOrigin(url),
    key: key || undefined,
    keyUnreadable: sealed !== undefined && key === undefined,
    network: rows.get(keys.network) === 'true',
    hostPort: Number.isInteger(port) && port > 0 && port < 65536 ? port : undefined,
  };
}

/** On the network the hosted server speaks TLS; on this computer alone, plain http on loopback. */
const loopback = (port: number, network: boolean) =>
  `${network ? 'https' : 'http'}://127.0.0.1:${port}`;

/**
 * The session server the facilitator chose, kept in SQLite settings: an
 * association's server (URL + key; the key is sealed with the system's key
 * store where there is one, and never shown again in full) or "host on this
 * computer" (the hosting service, on a remembered port).
 */
export function createSessionServerService(
  db: Db,
  hosting: HostingService,
  secrets: SecretStore = plainSecrets,
) {
  const current = () => read(db, secrets);

  // A key saved before the system key store was used (or by an older version) is sealed now.
  const sealedKey = readSettings(db).get(keys.key);
  const plainKey = sealedKey ? secrets.open(sealedKey) : undefined;
  if (sealedKey && plainKey && !isSealedFor(secrets, sealedKey)) {
    writeSetting(db, keys.key, secrets.seal(plainKey));
  }

  function origins(stored: Stored = current()): string[] {
    if (stored.mode === 'remote' && stored.url) return serverConnectOrigins(stored.url);
    if (stored.mode === 'hosted') {
      const running = hosting.hosted();
      if (running) return serverConnectOrigins(new URL(running.url).origin);
      return stored.hostPort ? serverConnectOrigins(loopback(stored.hostPort, stored.network)) : [];
    }
    return [];
  }

  function info(): SessionServerInfo {
    const stored = current();
    const status = hosting.status();
    return {
      mode: stored.mode,
      remote: stored.url && stored.key ? { url: stored.url, keyHint: keyHint(stored.key) } : null,
      keyProtection: secrets.protection,
      keyUnreadable: stored.keyUnreadable,
      hosting: status.state === 'stopped' ? { ...status, network: stored.network } : status,
      origins: origins(stored),
    };
  }

  async function startHosting(network: boolean): Promise<void> {
    const stored = current();
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

    /** The hosted server's certificate fingerprint on the network: the app trusts it on loopback. */
    hostedFingerprint: (): string | undefined => hosting.hosted()?.fingerprint,

    /** Use an association's server; a key left out keeps the one saved before. */
    async setRemote(url: string, facilitatorKey: string | undefined): Promise<SessionServerInfo> {
      const stored = current();
      const key = facilitatorKey ?? stored.key;
      if (key === undefined) {
        throw new AppError('VALIDATION', 'A facilitator key is needed.', [
          { path: 'facilitatorKey', message: 'empty' },
        ]);
      }
      db.transaction(() => {
        writeSetting(db, keys.mode, 'remote');
        writeSetting(db, keys.url, url);
        writeSetting(db, keys.key, secrets.seal(key));
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
      const stored = current();
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
