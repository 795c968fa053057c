/**
 * The session server in a process of its own for the security benchmark, so
 * its memory is measured apart from the clients'. Started with the same V8
 * flags as `npm run server` (plus --expose-gc). Prints `READY <json>`; on
 * stdin, `stats` answers `STATS <json>` (memory after a full GC) and
 * `snapshot <file>` writes a heap snapshot and answers `SNAPSHOT <file>`.
 */
import { createInterface } from 'node:readline';
import { getHeapSpaceStatistics, writeHeapSnapshot } from 'node:v8';
import { silentLogger } from '../../src/server/log';
import { startSessionServer } from '../../src/server/server';

const gc = (globalThis as { gc?: () => void }).gc;

function stats() {
  gc?.();
  const memory = process.memoryUsage();
  const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
  const spaces = Object.fromEntries(
    getHeapSpaceStatistics()
      .filter((space) => space.space_size > 0)
      .map((space) => [space.space_name, mib(space.space_size)]),
  );
  return {
    rss: mib(memory.rss),
    heapUsed: mib(memory.heapUsed),
    heapTotal: mib(memory.heapTotal),
    spaces,
  };
}

async function main(): Promise<void> {
  const server = await startSessionServer({
    port: 0,
    listen: '127.0.0.1',
    workers: 0,
    facilitatorKey: 'bench-facilitator-key-0123456789',
    seatlessTimeoutMs: Number(process.env['CERCLE_SEATLESS_MS'] ?? 15_000),
    logger: silentLogger,
  });
  console.log(`READY ${JSON.stringify({ wsUrl: server.wsUrl, limits: server.limits })}`);
  for await (const line of createInterface({ input: process.stdin })) {
    const [command, argument] = line.trim().split(' ');
    if (command === 'stats') console.log(`STATS ${JSON.stringify(stats())}`);
    else if (command === 'snapshot' && argument) {
      gc?.();
      console.log(`SNAPSHOT ${writeHeapSnapshot(argument)}`);
    }
  }
  await server.close();
  process.exit(0);
}

void main();
