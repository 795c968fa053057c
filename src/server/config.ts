import { homedir, availableParallelism } from 'node:os';
import { isIP } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { keysUsage, parseKeysCommand, type KeysRequest } from './auth/keys-command';
import { StartError } from './errors';
import { defaultLimits } from './server-limits';

/** Where the generated facilitator key is kept unless --config-dir says otherwise. */
export function defaultConfigDir(env: NodeJS.ProcessEnv = process.env): string {
  if (process.platform === 'win32' && env['APPDATA']) return join(env['APPDATA'], 'cercle-server');
  return join(env['XDG_CONFIG_HOME'] || join(homedir(), '.config'), 'cercle-server');
}

/** The renderer build of this checkout (`npm run build:vite` writes it). */
export function defaultStaticRoot(): string {
  return fileURLToPath(new URL('../../out/renderer', import.meta.url));
}

const portMessage = 'must be a port number from 0 to 65535';
const port = z.coerce
  .number({ error: portMessage })
  .int({ error: portMessage })
  .min(0, { error: portMessage })
  .max(65535, { error: portMessage });

function count(max: number) {
  const message = `must be a whole number from 1 to ${max}`;
  return z.coerce
    .number({ error: message })
    .int({ error: message })
    .min(1, { error: message })
    .max(max, { error: message });
}

const originMessage = 'must be origins like https://visio.example.org, separated by commas';
const origins = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean),
  )
  .pipe(
    z.array(
      z.string().refine((origin) => {
        try {
          return new URL(origin).origin === origin || /^[a-z][a-z0-9+.-]*:\/\/[^/]+$/.test(origin);
        } catch {
          return false;
        }
      }, originMessage),
    ),
  );
const yesNo = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((value) => ['true', '1', 'yes'].includes(value));

const cliSchema = z
  .strictObject({
    port: port.default(8443),
    listen: z
      .string()
      .refine((value) => isIP(value) !== 0, 'must be an IP address, e.g. 0.0.0.0 or 127.0.0.1')
      .default('0.0.0.0'),
    announcedAddress: z.string().min(1).max(253).optional(),
    mediaPort: port.default(40000),
    workers: z.coerce
      .number({ error: 'must be a whole number from 0 to 128' })
      .int({ error: 'must be a whole number from 0 to 128' })
      .min(0)
      .max(128)
      .default(availableParallelism()),
    tlsCert: z.string().min(1).optional(),
    tlsKey: z.string().min(1).optional(),
    facilitatorKey: z.string().min(16, 'must have at least 16 characters').max(256).optional(),
    configDir: z.string().min(1).default(defaultConfigDir()),
    publicUrl: z.url({ protocol: /^https?$/ }).optional(),
    staticRoot: z.string().min(1).default(defaultStaticRoot()),
    maxPeers: count(500).default(defaultLimits.maxPeersPerRoom),
    maxLobby: count(500).optional(),
    maxLobbyPerIp: count(500).default(defaultLimits.maxLobbyPerIp),
    maxSockets: count(100_000).default(defaultLimits.maxSockets),
    maxSocketsPerIp: count(10_000).default(defaultLimits.maxSocketsPerIp),
    seatlessTimeout: count(3600).default(defaultLimits.seatlessTimeoutMs / 1000),
    allowedOrigins: origins.optional(),
    trustProxy: yesNo.default(false),
    metricsListen: z
      .string()
      .refine((value) => isIP(value) !== 0, 'must be an IP address, e.g. 127.0.0.1')
      .default('127.0.0.1'),
    metricsPort: z
      .union([z.literal('off'), port], { error: `${portMessage}, or off` })
      .default(9464),
    metricsToken: z.string().min(16, 'must have at least 16 characters').max(512).optional(),
  })
  .refine((c) => (c.tlsCert === undefined) === (c.tlsKey === undefined), {
    message: 'give both --tls-cert and --tls-key, or neither',
    path: ['tlsCert'],
  })
  .refine((c) => c.mediaPort === 0 || c.mediaPort + Math.max(c.workers, 1) - 1 <= 65535, {
    message: 'media ports (one per worker from --media-port) go past 65535',
    path: ['mediaPort'],
  })
  .refine((c) => c.maxLobby === undefined || c.maxLobby < c.maxPeers, {
    message: 'the lobby must be smaller than the room (--max-peers)',
    path: ['maxLobby'],
  });

export type CliConfig = z.infer<typeof cliSchema>;

/** Flag name → environment variable; a flag wins over its variable. */
const options = {
  port: { env: 'CERCLE_PORT', flag: 'port', help: 'HTTP(S) and WebSocket port (default 8443)' },
  listen: {
    env: 'CERCLE_LISTEN',
    flag: 'listen',
    help: 'address to listen on (default 0.0.0.0: all interfaces)',
  },
  announcedAddress: {
    env: 'CERCLE_ANNOUNCED_ADDRESS',
    flag: 'announced-address',
    help: 'public IP or host name given to browsers for media (default: first LAN IPv4)',
  },
  mediaPort: {
    env: 'CERCLE_MEDIA_PORT',
    flag: 'media-port',
    help: 'first UDP+TCP media port; worker i uses port+i (default 40000)',
  },
  workers: {
    env: 'CERCLE_WORKERS',
    flag: 'workers',
    help: 'mediasoup workers (default: one per core; 0 = signaling only)',
  },
  tlsCert: {
    env: 'CERCLE_TLS_CERT',
    flag: 'tls-cert',
    help: 'TLS certificate file (PEM); serves HTTPS',
  },
  tlsKey: { env: 'CERCLE_TLS_KEY', flag: 'tls-key', help: 'TLS private key file (PEM)' },
  facilitatorKey: {
    env: 'CERCLE_FACILITATOR_KEY',
    flag: 'facilitator-key',
    help: 'facilitator key (default: generated once, kept in the config dir)',
  },
  configDir: {
    env: 'CERCLE_CONFIG_DIR',
    flag: 'config-dir',
    help: `where the generated key is kept (default ${defaultConfigDir()})`,
  },
  publicUrl: {
    env: 'CERCLE_PUBLIC_URL',
    flag: 'public-url',
    help: 'public base URL, e.g. https://visio.example.org behind a TLS proxy',
  },
  staticRoot: {
    env: 'CERCLE_STATIC_ROOT',
    flag: 'static-root',
    help: 'folder with the built join.html and assets/ (default out/renderer)',
  },
  maxPeers: {
    env: 'CERCLE_MAX_PEERS',
    flag: 'max-peers',
    help: `seats in a room, lobby and call together (default ${defaultLimits.maxPeersPerRoom})`,
  },
  maxLobby: {
    env: 'CERCLE_MAX_LOBBY',
    flag: 'max-lobby',
    help: 'people waiting in one lobby at once (default: half of --max-peers)',
  },
  maxLobbyPerIp: {
    env: 'CERCLE_MAX_LOBBY_PER_IP',
    flag: 'max-lobby-per-ip',
    help: `people waiting in one lobby from one address (default ${defaultLimits.maxLobbyPerIp})`,
  },
  maxSockets: {
    env: 'CERCLE_MAX_SOCKETS',
    flag: 'max-sockets',
    help: `signaling connections on the server (default ${defaultLimits.maxSockets})`,
  },
  maxSocketsPerIp: {
    env: 'CERCLE_MAX_SOCKETS_PER_IP',
    flag: 'max-sockets-per-ip',
    help: `signaling connections from one address (default ${defaultLimits.maxSocketsPerIp})`,
  },
  seatlessTimeout: {
    env: 'CERCLE_SEATLESS_TIMEOUT',
    flag: 'seatless-timeout',
    help: `seconds a connection may stay without a seat (default ${defaultLimits.seatlessTimeoutMs / 1000})`,
  },
  allowedOrigins: {
    env: 'CERCLE_ALLOWED_ORIGINS',
    flag: 'allowed-origin',
    help: 'more page origins allowed to connect, comma-separated (the public URL and app://cercle always are)',
  },
  trustProxy: {
    env: 'CERCLE_TRUST_PROXY',
    flag: 'trust-proxy',
    help: 'true behind your own TLS proxy: client addresses come from X-Forwarded-For',
  },
  metricsListen: {
    env: 'CERCLE_METRICS_LISTEN',
    flag: 'metrics-listen',
    help: 'address of the monitoring listener, /metrics and /healthz (default 127.0.0.1)',
  },
  metricsPort: {
    env: 'CERCLE_METRICS_PORT',
    flag: 'metrics-port',
    help: 'port of the monitoring listener (default 9464; off to disable it)',
  },
  metricsToken: {
    env: 'CERCLE_METRICS_TOKEN',
    flag: 'metrics-token',
    help: 'also serve /metrics on the main port to "Authorization: Bearer <token>"',
  },
} as const satisfies Record<keyof CliConfig, { env: string; flag: string; help: string }>;

export function usage(): string {
  const lines = Object.values(options).map(
    ({ flag, env, help }) => `  --${flag.padEnd(20)} ${help}\n  ${''.padEnd(22)} env ${env}`,
  );
  return [
    'Cercle session server',
    '',
    'Usage: npm run server -- [options]',
    '',
    ...lines,
    `  --${'help'.padEnd(20)} show this help`,
    '',
    keysUsage,
    '',
  ].join('\n');
}

export type CliRequest = { kind: 'help' } | { kind: 'run'; config: CliConfig } | KeysRequest;

/** Reads flags and environment, validated with zod; errors say which setting is wrong. */
export function parseCli(argv: string[], env: NodeJS.ProcessEnv): CliRequest {
  if (argv[0] === 'keys') {
    return parseKeysCommand(argv.slice(1), env['CERCLE_CONFIG_DIR'] || defaultConfigDir(env));
  }
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        help: { type: 'boolean', short: 'h' },
        ...Object.fromEntries(
          Object.values(options).map(({ flag }) => [flag, { type: 'string' as const }]),
        ),
      },
    }));
  } catch (error) {
    throw new StartError('CONFIG_INVALID', `${(error as Error).message}\n\n${usage()}`);
  }
  if (values['help']) return { kind: 'help' };
  const raw: Record<string, string> = {};
  for (const [key, { env: name, flag }] of Object.entries(options)) {
    const value = values[flag] ?? env[name];
    if (typeof value === 'string' && value !== '') raw[key] = value;
  }
  const parsed = cliSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? '') as keyof typeof options;
      const option = options[key];
      const name = option ? `--${option.flag} (${option.env})` : 'settings';
      return `  ${name}: ${issue.message}`;
    });
    throw new StartError('CONFIG_INVALID', `Invalid settings:\n${problems.join('\n')}`);
  }
  return { kind: 'run', config: parsed.data };
}
