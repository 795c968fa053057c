import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../..');

export type HostProcess = {
  url: string;
  port: number;
  child: ChildProcess;
  /** Ends the host as a user quitting would (SIGTERM) or as a crash would (SIGKILL). */
  stop(signal?: NodeJS.Signals): Promise<void>;
};

export type HostOptions = {
  databasePath: string;
  token: string;
  /** Reuse a port so a reloaded page finds the restarted host at the same origin. */
  port?: number;
  env?: Record<string, string>;
};

/** Starts tests/host/host.ts under the same runtime as the unit tests (scripts/run-node.mjs). */
export async function launchHost(options: HostOptions): Promise<HostProcess> {
  const child = spawn(
    process.execPath,
    [resolve(root, 'scripts/run-node.mjs'), '--import', 'tsx', resolve(root, 'tests/host/host.ts')],
    {
      cwd: root,
      env: {
        ...process.env,
        ...options.env,
        CERCLE_DB_PATH: options.databasePath,
        CERCLE_HOST_TOKEN: options.token,
        CERCLE_HOST_PORT: String(options.port ?? 0),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout! });
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`test host exited with code ${String(code)} before it was ready`);
  });
  const ready = (async () => {
    for await (const line of lines) {
      if (line.startsWith('CERCLE_TEST_HOST ')) {
        return JSON.parse(line.slice('CERCLE_TEST_HOST '.length)) as { url: string; port: number };
      }
      console.log(`[host] ${line}`);
    }
    throw new Error('test host closed its output before it was ready');
  })();
  const info = await Promise.race([ready, exited]);
  exited.catch(() => undefined);
  return {
    ...info,
    child,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const gone = once(child, 'exit');
      child.kill(signal);
      await gone;
    },
  };
}

let bridgeBundle: Promise<string> | undefined;

/** The page-side bridge (bridge-client.ts) as one script, with the token baked in. */
export async function bridgeScript(token: string): Promise<string> {
  bridgeBundle ??= build({
    entryPoints: [resolve(root, 'tests/host/bridge-client.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
  }).then((result) => result.outputFiles[0]!.text);
  const code = await bridgeBundle;
  return `const __CERCLE_BRIDGE_TOKEN__ = ${JSON.stringify(token)};\n${code}`;
}
