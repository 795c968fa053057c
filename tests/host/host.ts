/**
 * The e2e test host: the real main-process core (SQLite, services, IPC
 * router) behind a loopback HTTP server that also serves the built renderer.
 * The page reaches the router through /bridge, a WebSocket that stands in for
 * Electron's IPC (the boundary that cannot run here without the Electron
 * binary). Only 127.0.0.1, only with the token the test gave it.
 *
 * env: CERCLE_DB_PATH (required), CERCLE_HOST_TOKEN (required), CERCLE_EXPORT_DIR,
 *      CERCLE_HOST_PORT (0 = any), CERCLE_RENDERER_DIR (default out/renderer).
 * Prints one line `CERCLE_TEST_HOST <json>` once it listens.
 */
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { openCore } from '../../src/main/core';
import { directoryPlatform } from '../../src/main/platform/directory-platform';
import { sessionServerCsp } from '../../src/main/windows/csp';
import { createStaticHandler } from './static';
import { attachBridge } from './bridge-server';

const dbPath = process.env.CERCLE_DB_PATH;
const token = process.env.CERCLE_HOST_TOKEN;
if (!dbPath || !token) {
  console.error('CERCLE_DB_PATH and CERCLE_HOST_TOKEN are required');
  process.exit(2);
}
const port = Number(process.env.CERCLE_HOST_PORT ?? 0);
const rendererDir = resolve(process.env.CERCLE_RENDERER_DIR ?? 'out/renderer');
// Where "save as…" lands: there is no dialog to ask a person in a test.
const exportDir = resolve(process.env.CERCLE_EXPORT_DIR ?? join(dirname(dbPath), 'exports'));

let origin = '';
const core = openCore({
  databasePath: dbPath,
  version: 'test',
  // The bridge passes the page's Origin header as the sender URL.
  isTrustedSender: (url) => url !== undefined && url === origin,
  platform: directoryPlatform(exportDir),
  // "Host on this computer" runs here as in the app: same build, key in the data folder.
  hosting: {
    staticRoot: rendererDir,
    configDir: dirname(dbPath),
    // The page's origin is known once this host listens, before anything is hosted.
    appOrigins: () => [origin],
    ...(process.env.CERCLE_HOST_NETWORK_LISTEN
      ? {
          networkListen: process.env.CERCLE_HOST_NETWORK_LISTEN,
          networkAnnounced: process.env.CERCLE_HOST_NETWORK_LISTEN,
        }
      : {}),
  },
});

const server = createServer(
  createStaticHandler(
    rendererDir,
    sessionServerCsp(() => core.sessionServerOrigins()),
  ),
);
attachBridge(server, { token, dispatch: core.router.dispatch });

server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no address');
  origin = `http://127.0.0.1:${address.port}`;
  console.log(`CERCLE_TEST_HOST ${JSON.stringify({ url: origin, port: address.port })}`);
});

function shutdown(): void {
  server.close();
  core.close();
  process.exit(0);
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
