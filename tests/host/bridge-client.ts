/**
 * Runs in the test page before the app (Playwright init script): provides
 * `window.cercle` built from the same contract as the preload, forwarding
 * each call over the loopback WebSocket to the test host's real router.
 */
import { buildApi } from '../../src/shared/api';
import type { Result } from '../../src/shared/errors';

type Pending = (result: Result<unknown>) => void;

declare const __CERCLE_BRIDGE_TOKEN__: string;

const pending = new Map<number, Pending>();
let nextId = 1;
let socket: WebSocket | undefined;
let opened: Promise<WebSocket> | undefined;

const unavailable = (message: string): Result<unknown> => ({
  ok: false,
  error: { code: 'BRIDGE_UNAVAILABLE', message },
});

function connect(): Promise<WebSocket> {
  if (opened && socket && socket.readyState <= WebSocket.OPEN) return opened;
  const url = new URL('/bridge', location.href);
  url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  url.searchParams.set('token', __CERCLE_BRIDGE_TOKEN__);
  const ws = new WebSocket(url);
  socket = ws;
  ws.addEventListener('message', (event) => {
    const reply = JSON.parse(String(event.data)) as { id: number; result: Result<unknown> };
    pending.get(reply.id)?.(reply.result);
    pending.delete(reply.id);
  });
  ws.addEventListener('close', () => {
    for (const resolve of pending.values()) resolve(unavailable('The test host went away.'));
    pending.clear();
  });
  opened = new Promise((resolve, reject) => {
    ws.addEventListener('open', () => resolve(ws), { once: true });
    ws.addEventListener('error', () => reject(new Error('bridge connection failed')), {
      once: true,
    });
  });
  return opened;
}

const api = buildApi(async (channel, input) => {
  try {
    const ws = await connect();
    const id = nextId++;
    return await new Promise<Result<unknown>>((resolve) => {
      pending.set(id, resolve);
      ws.send(JSON.stringify({ id, channel, input }));
    });
  } catch (error) {
    return unavailable((error as Error).message);
  }
});

Object.defineProperty(window, 'cercle', { value: api, writable: false, configurable: false });
