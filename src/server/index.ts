import { runKeysCommand } from './auth/keys-command';
import { parseCli, usage, type CliConfig } from './config';
import { StartError } from './errors';
import { consoleLogger } from './log';
import { startSessionServer, type SessionServer } from './server';

/** What the server says on start. Never a key: those stay in their 0600 file. */
function startupLines(config: CliConfig, server: SessionServer): string[] {
  const media =
    config.workers === 0
      ? 'Media: off (--workers 0): signaling only'
      : `Media: ${config.workers} worker(s), UDP/TCP ports ${config.mediaPort === 0 ? 'chosen freely' : `${config.mediaPort}-${config.mediaPort + config.workers - 1}`}`;
  const lines = [
    `Cercle session server listening on ${config.listen}:${server.port} (${server.url})`,
    `Participant links start with: ${server.joinUrlBase}/<room>`,
    `Signaling WebSocket: ${server.wsUrl}`,
    media,
    server.monitoringUrl
      ? `Monitoring (/metrics, /healthz): ${server.monitoringUrl}`
      : 'Monitoring listener: off',
  ];
  if (!server.keyFile) {
    lines.push('Facilitator key: from --facilitator-key / CERCLE_FACILITATOR_KEY');
  } else if (server.keyCreated) {
    lines.push(
      '',
      'A facilitator key named "default" was generated. It is kept in:',
      `  ${server.keyFile}`,
      'That file is readable by you only; copy the key from it into Cercle (Settings → session server).',
      'One key per facilitator is better: npm run server -- keys add <name> (and keys revoke <name>).',
    );
  } else {
    const names = server.keyNames;
    lines.push(
      names.length === 0
        ? `No facilitator key in ${server.keyFile}: add one with npm run server -- keys add <name>`
        : `Facilitator keys (${names.join(', ')}) in ${server.keyFile}`,
    );
  }
  if (server.joinUrlBase.startsWith('https:') && !config.tlsCert && !config.trustProxy) {
    lines.push(
      '',
      'Behind a TLS proxy? Set --trust-proxy true, or every participant counts as the proxy’s address',
      `and the per-address limits (${server.limits.maxSocketsPerIp} connections) apply to all of them together.`,
    );
  }
  return lines;
}

/** `npm run server -- [options]`: the standalone session server, or `keys …`. */
async function main(): Promise<void> {
  const request = parseCli(process.argv.slice(2), process.env);
  if (request.kind === 'help') {
    console.log(usage());
    return;
  }
  if (request.kind === 'keys') {
    console.log(runKeysCommand(request));
    return;
  }
  const { config } = request;
  const server = await startSessionServer({
    port: config.port,
    listen: config.listen,
    announcedAddress: config.announcedAddress,
    mediaPort: config.mediaPort,
    workers: config.workers,
    tls:
      config.tlsCert && config.tlsKey
        ? { certFile: config.tlsCert, keyFile: config.tlsKey }
        : undefined,
    facilitatorKey: config.facilitatorKey,
    configDir: config.configDir,
    publicUrl: config.publicUrl,
    staticRoot: config.staticRoot,
    maxPeersPerRoom: config.maxPeers,
    maxLobbyPerRoom: config.maxLobby,
    maxLobbyPerIp: config.maxLobbyPerIp,
    maxSockets: config.maxSockets,
    maxSocketsPerIp: config.maxSocketsPerIp,
    seatlessTimeoutMs: config.seatlessTimeout * 1000,
    ...(config.allowedOrigins ? { allowedOrigins: config.allowedOrigins } : {}),
    trustProxy: config.trustProxy,
    monitoring:
      config.metricsPort === 'off'
        ? undefined
        : { listen: config.metricsListen, port: config.metricsPort },
    metricsToken: config.metricsToken,
    logger: consoleLogger,
  });
  console.log(startupLines(config, server).join('\n'));

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: closing rooms and stopping…`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof StartError && process.argv[2] === 'keys') {
    console.error(`keys: ${error.message}`);
  } else if (error instanceof StartError) {
    console.error(`Cannot start the session server: ${error.message}`);
    if (error.code === 'CONFIG_INVALID' && !error.message.includes('Usage:')) {
      console.error(`\nRun with --help to see every option.`);
    }
  } else {
    console.error('Cannot start the session server:', error);
  }
  process.exit(1);
});
