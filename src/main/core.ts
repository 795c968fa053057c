import { openDatabase, type Db } from './db/connection';
import { createHandlers } from './ipc/handlers';
import { createRouter, type Router } from './ipc/router';
import type { Platform } from './platform/platform';
import type { SecretStore } from './platform/secrets';
import { createServices } from './services';
import type { HostingEnvironment } from './services/hosting';

export type CoreOptions = {
  databasePath: string;
  version: string;
  /** Decides whether a sender frame's URL belongs to the app. */
  isTrustedSender: (url: string | undefined) => boolean;
  platform: Platform;
  /** Where "host on this computer" finds the built renderer and keeps its key. */
  hosting?: HostingEnvironment;
  /** How the association server's key is kept at rest (Electron's safeStorage in the app). */
  secrets?: SecretStore;
};

export type Core = {
  db: Db;
  router: Router;
  /** Origins the app page may connect to: the configured session server (for its CSP). */
  sessionServerOrigins(): string[];
  /** The fingerprint of the hosted server's own certificate, while it runs on the network. */
  hostedFingerprint(): string | undefined;
  close(): void;
};

/**
 * Everything the main process does besides windows: the database, the
 * services and the IPC router. Runs under plain Node, so the e2e test host
 * serves the very same router the Electron shell does.
 */
export function openCore(options: CoreOptions): Core {
  const db = openDatabase(options.databasePath);
  const services = createServices(
    db,
    { version: options.version, databasePath: options.databasePath },
    options.platform,
    undefined,
    options.hosting,
    options.secrets,
  );
  const router = createRouter(createHandlers(services), options.isTrustedSender);
  return {
    db,
    router,
    sessionServerOrigins: () => services.sessionServer.origins(),
    hostedFingerprint: () => services.sessionServer.hostedFingerprint(),
    close() {
      // Rooms hosted here close with the app; the database goes last.
      void services.sessionServer.close();
      db.close();
    },
  };
}
