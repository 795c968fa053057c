/**
 * A session server for the participant-page e2e tests: the real server with
 * the real participant page, and a clock the test moves by writing
 * `advance <ms>` on stdin (answered `ADVANCED`), to expire links and seats.
 *
 * env: CERCLE_FACILITATOR_KEY (required), CERCLE_STATIC_ROOT (default out/renderer),
 *      CERCLE_WORKERS (default 0: signaling only).
 * Prints one line `CERCLE_SESSION_SERVER <json>` once it listens.
 */
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import { silentLogger } from '../../src/server/log';
import { startSessionServer } from '../../src/server/server';
import { manualClock } from '../../src/server/util/clock';

async function main(): Promise<void> {
  const clock = manualClock(Date.now());
  const server = await startSessionServer({
    port: 0,
    listen: '127.0.0.1',
    workers: Number(process.env.CERCLE_WORKERS ?? 0),
    mediaPort: 0,
    facilitatorKey: process.env.CERCLE_FACILITATOR_KEY,
    staticRoot: resolve(process.env.CERCLE_STATIC_ROOT ?? 'out/renderer'),
    clock,
    logger: silentLogger,
    // Pages reach it through test relays on other loopback ports (flaky-network.ts).
    allowOrigin: (origin) => /^http:\/\/127\.0\.0\.1:\d+$/.test(origin),
  });
  const { url, wsUrl, joinUrlBase } = server;
  console.log(`CERCLE_SESSION_SERVER ${JSON.stringify({ url, wsUrl, joinUrlBase })}`);
  for await (const line of createInterface({ input: process.stdin })) {
    const [command, value] = line.trim().split(' ');
    if (command === 'advance') {
      clock.advance(Number(value));
      console.log('ADVANCED');
    }
  }
  await server.close();
  process.exit(0);
}

void main();
