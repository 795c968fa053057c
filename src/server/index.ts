import { parseCli, usage } from './config';
import { StartError } from './errors';
import { consoleLogger } from './log';
import { startSessionServer } from './server';

/** `npm run server -- [options]`: the standalone session server. */
async function main(): Promise<void> {
  const request = parseCli(process.argv.slice(2), process.env);
  if (request.kind === 'help') {
    console.log(usage());
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
    logger: consoleLogger,
  });

  const lines = [
    `Cercle session server listening on ${config.listen}:${server.port} (${server.url})`,
    `Participant links start with: ${server.joinUrlBase}/<room>`,
    `Signaling WebSocket: ${server.wsUrl}`,
    config.workers === 0
      ? 'Media: off (--workers 0): signaling only'
      : `Media: ${config.workers} worker(s), UDP/TCP ports ${config.mediaPort === 0 ? 'chosen freely' : `${config.mediaPort}-${config.mediaPort + config.workers - 1}`}`,
  ];
  if (server.keyCreated) {
    lines.push(
      '',
      'A facilitator key was generated. Enter it in Cercle (Settings → session server):',
      `  ${server.facilitatorKey}`,
      `It is kept in ${server.keyFile ?? '(memory only)'} (readable by you only).`,
    );
  } else {
    lines.push(
      `Facilitator key: ${server.keyFile ? `in ${server.keyFile}` : 'from --facilitator-key / CERCLE_FACILITATOR_KEY'}`,
    );
  }
  console.log(lines.join('\n'));

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
  if (error instanceof StartError) {
    console.error(`Cannot start the session server: ${error.message}`);
    if (error.code === 'CONFIG_INVALID' && !error.message.includes('Usage:')) {
      console.error(`\nRun with --help to see every option.`);
    }
  } else {
    console.error('Cannot start the session server:', error);
  }
  process.exit(1);
});
