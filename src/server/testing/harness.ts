import { accessSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { SignalingClient } from '../../shared/signaling/client';
import type { RequestResult } from '../../shared/signaling';
import { silentLogger, type LogFields, type Logger } from '../log';
import { startSessionServer, type SessionServer, type SessionServerOptions } from '../server';
import { manualClock } from '../util/clock';

/*
 * Test support for the session server: a real server on 127.0.0.1 with a
 * random port, real WebSockets, and a clock the test moves by hand.
 */

export const testKey = 'test-facilitator-key-0123456789';

export type TestServer = {
  server: SessionServer;
  clock: ReturnType<typeof manualClock>;
  staticRoot: string;
  /** A client on a real WebSocket (options: another local address, an Origin header…). */
  connect(options?: WebSocket.ClientOptions): Promise<SignalingClient>;
  close(): Promise<void>;
};

/** A fake renderer build: join.html and one asset. */
function fakeStaticRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'cercle-static-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'join.html'), '<!doctype html><title>join</title>');
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>facilitator app</title>');
  writeFileSync(join(root, 'assets', 'join-abc123.js'), 'console.log("join")');
  return root;
}

export async function startTestServer(
  options: Partial<SessionServerOptions> = {},
): Promise<TestServer> {
  const clock = manualClock();
  const staticRoot = fakeStaticRoot();
  const server = await startSessionServer({
    port: 0,
    listen: '127.0.0.1',
    workers: 0,
    facilitatorKey: testKey,
    clock,
    staticRoot,
    logger: silentLogger,
    // /metrics and the full /healthz answer on their own loopback listener.
    monitoring: { listen: '127.0.0.1', port: 0 },
    ...options,
  });
  const clients: SignalingClient[] = [];
  return {
    server,
    clock,
    staticRoot,
    connect: async (options) => {
      const client = await connectClient(server.wsUrl, options);
      clients.push(client);
      return client;
    },
    close: async () => {
      for (const client of clients) if (!client.closed) client.close();
      await server.close();
      rmSync(staticRoot, { recursive: true, force: true });
    },
  };
}

/** The monitoring listener's /metrics text. */
export async function metricsOf(server: SessionServer): Promise<string> {
  if (!server.monitoringUrl) throw new Error('no monitoring listener');
  return (await fetch(`${server.monitoringUrl}/metrics`)).text();
}

/** The monitoring listener's full /healthz. */
export async function healthOf(server: SessionServer): Promise<Record<string, unknown>> {
  if (!server.monitoringUrl) throw new Error('no monitoring listener');
  return (await (await fetch(`${server.monitoringUrl}/healthz`)).json()) as Record<string, unknown>;
}

export function connectClient(
  wsUrl: string,
  options?: WebSocket.ClientOptions,
): Promise<SignalingClient> {
  return SignalingClient.connect(new WebSocket(wsUrl, options));
}

export type OpenRoom = {
  facilitator: SignalingClient;
  created: RequestResult<'createRoom'>;
  roomId: string;
  inviteToken: string;
};

export async function openRoom(t: TestServer, title = 'Groupe du jeudi'): Promise<OpenRoom> {
  const facilitator = await t.connect();
  const created = await facilitator.request('createRoom', {
    facilitatorKey: testKey,
    title,
    agreements: 'Confidentialité.\nBienveillance.',
    displayName: 'Animatrice',
  });
  return { facilitator, created, roomId: created.roomId, inviteToken: created.invite.token };
}

/** A person who entered the lobby and accepted the agreements (not admitted yet). */
export async function waitInLobby(t: TestServer, room: OpenRoom, displayName: string) {
  const client = await t.connect();
  const seat = await client.request('enterLobby', {
    roomId: room.roomId,
    inviteToken: room.inviteToken,
    displayName,
  });
  await client.request('acknowledgeAgreements', {});
  return { client, seat };
}

/** A person in the call: lobby, agreements, admitted by the facilitator. */
export async function admitted(t: TestServer, room: OpenRoom, displayName: string) {
  const { client, seat } = await waitInLobby(t, room, displayName);
  const welcome = client.once('admitted');
  await room.facilitator.request('admit', { peerId: seat.peerId });
  await welcome;
  return { client, seat };
}

/**
 * The HTTP status of a WebSocket upgrade the server refuses (403 origin, 429
 * per address, 503 server full), or 101 when it was accepted (then closed).
 */
export function upgradeStatus(wsUrl: string, options?: WebSocket.ClientOptions): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(wsUrl, options);
    ws.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      ws.terminate();
    });
    ws.once('open', () => {
      resolve(101);
      ws.close();
    });
    ws.once('error', (error) => {
      // After 'unexpected-response' ws reports the abort too; the status is already known.
      if (!/Unexpected server response/.test(error.message)) reject(error);
    });
  });
}

/** A person on another network address (loopback has all of 127.0.0.0/8 on Linux). */
export function from(address: string): WebSocket.ClientOptions {
  return { localAddress: address };
}

/** A raw socket for frames the typed client would never send. */
export async function rawSocket(wsUrl: string, options?: WebSocket.ClientOptions) {
  const ws = new WebSocket(wsUrl, options);
  const messages: unknown[] = [];
  const waiters: Array<(message: unknown) => void> = [];
  ws.on('message', (data) => {
    const message: unknown = JSON.parse(String(data));
    const waiter = waiters.shift();
    if (waiter) waiter(message);
    else messages.push(message);
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return {
    ws,
    closed,
    send: (data: string | Buffer) => ws.send(data),
    next: (): Promise<unknown> =>
      messages.length > 0
        ? Promise.resolve(messages.shift())
        : new Promise((resolve) => waiters.push(resolve)),
  };
}

/** Why media tests are skipped here, or undefined when a worker binary exists. */
export function mediaSkipReason(): string | undefined {
  const bin = process.env['MEDIASOUP_WORKER_BIN'];
  if (!bin) return 'MEDIASOUP_WORKER_BIN is not set: no mediasoup worker to run media tests';
  try {
    accessSync(bin);
  } catch {
    return `MEDIASOUP_WORKER_BIN points to ${bin}, which does not exist`;
  }
  return undefined;
}

/** A logger that keeps what it was told, to prove what reaches the log (and what does not). */
export function recordingLogger(): Logger & {
  lines: Array<{ message: string; fields?: LogFields }>;
} {
  const lines: Array<{ message: string; fields?: LogFields }> = [];
  const keep = (message: string, fields?: LogFields) =>
    lines.push({ message, ...(fields ? { fields } : {}) });
  return { lines, info: keep, warn: keep, error: keep };
}
