import { openDatabase, type Db } from './db/connection';
import { createHandlers } from './ipc/handlers';
import { createRouter, type Router } from './ipc/router';
import type { Platform } from './platform/platform';
import { createServices } from './services';

export type CoreOptions = {
  databasePath: string;
  version: string;
  /** Decides whether a sender frame's URL belongs to the app. */
  isTrustedSender: (url: string | undefined) => boolean;
  platform: Platform;
};

export type Core = { db: Db; router: Router; close(): void };

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
  );
  const router = createRouter(createHandlers(services), options.isTrustedSender);
  return {
    db,
    router,
    close() {
      db.close();
    },
  };
}
