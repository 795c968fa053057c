import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

const root = resolve(__dirname, '../..');

export type TestSessionServer = {
  url: string;
  wsUrl: string;
  joinUrlBase: string;
  /** Moves the server's clock forward (invite expiry, reconnect window). */
  advance(ms: number): Promise<void>;
  stop(): Promise<void>;
};

/** Starts tests/host/session-server.ts (a real session server with a movable clock). */
export async function launchSessionServer(options: {
  facilitatorKey: string;
  workers?: number;
}): Promise<TestSessionServer> {
  const child = spawn(
    process.execPath,
    [
      resolve(root, 'scripts/run-node.mjs'),
      '--import',
      'tsx',
      resolve(root, 'tests/host/session-server.ts'),
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        CERCLE_FACILITATOR_KEY: options.facilitatorKey,
        CERCLE_WORKERS: String(options.workers ?? 0),
      },
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout! });
  const waiters: Array<(line: string) => void> = [];
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`session server exited with code ${String(code)}`);
  });
  exited.catch(() => undefined);
  const ready = new Promise<{ url: string; wsUrl: string; joinUrlBase: string }>((resolve) => {
    lines.on('line', (line) => {
      if (line.startsWith('CERCLE_SESSION_SERVER ')) {
        resolve(JSON.parse(line.slice('CERCLE_SESSION_SERVER '.length)));
      } else if (line === 'ADVANCED') waiters.shift()?.(line);
      else console.log(`[session-server] ${line}`);
    });
  });
  const info = await Promise.race([ready, exited]);
  return {
    ...info,
    advance: (ms) =>
      new Promise((resolve) => {
        waiters.push(() => resolve());
        child.stdin!.write(`advance ${ms}\n`);
      }),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const gone = once(child, 'exit');
      child.stdin!.end();
      await gone;
    },
  };
}
