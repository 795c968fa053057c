import { connect } from 'node:net';
import WebSocket from 'ws';
import { afterEach, describe, expect, test } from 'vitest';
import { closeCodes } from '../../shared/signaling';
import {
  admitted,
  from,
  metricsOf,
  openRoom,
  rawSocket,
  startTestServer,
  upgradeStatus,
  type TestServer,
} from '../testing/harness';

/*
 * Finding 5: sockets that never took a seat were kept without limit (100 idle
 * ones held, no deadline, no cap per address or in all), and any page's
 * Origin was accepted. Each limit below is played by an attacker while a
 * real participant still joins.
 */

let t: TestServer;
const open: WebSocket[] = [];
afterEach(async () => {
  for (const ws of open.splice(0)) ws.terminate();
  await t?.close();
});

/** Opens a raw socket that sends nothing; resolves once the server accepted it. */
function idleSocket(address: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(t.server.wsUrl, from(address));
    open.push(ws);
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`refused ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

describe('sockets without a seat', () => {
  test('one address holds a capped number of sockets; the rest are refused (429)', async () => {
    t = await startTestServer();
    const { maxSocketsPerIp } = t.server.limits;
    const statuses: number[] = [];
    const held: WebSocket[] = [];
    for (let i = 0; i < 60; i += 1) {
      try {
        held.push(await idleSocket('127.0.0.66'));
        statuses.push(101);
      } catch (error) {
        statuses.push(Number(/refused (\d+)/.exec((error as Error).message)?.[1]));
      }
    }
    expect(held).toHaveLength(maxSocketsPerIp);
    expect(statuses.slice(maxSocketsPerIp)).toEqual(Array(60 - maxSocketsPerIp).fill(429));
    const room = await openRoom(t);
    await admitted(t, room, 'Camille');
    expect(await metricsOf(t.server)).toContain(
      `cercle_signaling_upgrades_refused_total{reason="addressFull"} ${60 - maxSocketsPerIp}`,
    );
  });

  test('the whole server holds a capped number of sockets (503 past it)', async () => {
    t = await startTestServer({ maxSockets: 8, maxSocketsPerIp: 8 });
    for (let i = 0; i < 8; i += 1) await idleSocket(`127.0.4.${i + 1}`);
    expect(await upgradeStatus(t.server.wsUrl, from('127.0.5.1'))).toBe(503);
    // Once idle sockets are closed for taking no seat, a real person gets in again.
    for (const ws of open.splice(0)) ws.terminate();
    await expect.poll(() => upgradeStatus(t.server.wsUrl, from('127.0.5.1'))).toBe(101);
  });

  test('a socket that takes no seat is closed after the deadline; a seated one stays', async () => {
    t = await startTestServer({ seatlessTimeoutMs: 300 });
    const idle = await idleSocket('127.0.0.66');
    const closed = new Promise<number>((resolve) => idle.once('close', (code) => resolve(code)));
    const room = await openRoom(t);
    const guest = await admitted(t, room, 'Camille');
    expect(await closed).toBe(closeCodes.idle);
    await expect(guest.client.request('ping', {})).resolves.toHaveProperty('serverTime');
    await expect(room.facilitator.request('ping', {})).resolves.toHaveProperty('serverTime');
  });

  test('leaving a seat starts the deadline again', async () => {
    t = await startTestServer({ seatlessTimeoutMs: 300 });
    const room = await openRoom(t);
    const guest = await admitted(t, room, 'Camille');
    const gone = new Promise<number>((resolve) =>
      guest.client.onClose(({ code }) => resolve(code)),
    );
    await guest.client.request('leave', {});
    expect(await gone).toBe(closeCodes.idle);
  });

  test('plain TCP connections per address are capped too (slow or silent HTTP clients)', async () => {
    t = await startTestServer({ maxSocketsPerIp: 2 });
    const { port } = new URL(t.server.url);
    const cap = 2 + 16;
    // Each socket asks for /healthz: those over the cap are dropped before any answer.
    const sockets = await Promise.all(
      Array.from({ length: cap + 3 }, () => {
        const socket = connect({
          host: '127.0.0.1',
          port: Number(port),
          localAddress: '127.0.0.66',
        });
        open.push({ terminate: () => socket.destroy() } as unknown as WebSocket);
        return new Promise<{ dropped: boolean }>((resolve) => {
          socket.once('connect', () => socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n'));
          socket.once('data', () => resolve({ dropped: false }));
          socket.once('close', () => resolve({ dropped: true }));
          socket.once('error', () => resolve({ dropped: true }));
        });
      }),
    );
    expect(sockets.filter((s) => s.dropped)).toHaveLength(3);
    const room = await openRoom(t);
    await admitted(t, room, 'Camille');
  });
});

describe('what closed connections leave behind', () => {
  test('nothing: after 300 connections of malformed messages every count is back to zero', async () => {
    t = await startTestServer();
    for (let round = 0; round < 30; round += 1) {
      await Promise.all(
        Array.from({ length: 10 }, async (_, i) => {
          const raw = await rawSocket(t.server.wsUrl, from(`127.0.6.${i + 1}`));
          for (let n = 0; n < 20; n += 1) raw.send(n % 2 ? 'not json' : '{"id":1,"method":"nope"}');
          for (let n = 0; n < 20; n += 1) await raw.next();
          raw.ws.terminate();
          await raw.closed;
        }),
      );
    }
    await expect.poll(() => metricsOf(t.server)).toContain('cercle_signaling_connections 0');
    // Each address may open its full share again: the per-address counts went back to zero.
    const { maxSocketsPerIp } = t.server.limits;
    for (let i = 0; i < 10; i += 1) {
      const again = await Promise.all(
        Array.from({ length: maxSocketsPerIp }, () => idleSocket(`127.0.6.${i + 1}`)),
      );
      expect(again).toHaveLength(maxSocketsPerIp);
    }
  });
});

describe('the page that opens the socket (Origin)', () => {
  test('a foreign page is refused (403); the public URL, the desktop app and non-browsers are not', async () => {
    t = await startTestServer({ publicUrl: 'https://visio.example.org' });
    const withOrigin = (origin: string) => ({ headers: { Origin: origin } });
    expect(await upgradeStatus(t.server.wsUrl, withOrigin('https://evil.example'))).toBe(403);
    expect(
      await upgradeStatus(t.server.wsUrl, withOrigin('https://visio.example.org.evil.example')),
    ).toBe(403);
    expect(await upgradeStatus(t.server.wsUrl, withOrigin('null'))).toBe(403);
    expect(await upgradeStatus(t.server.wsUrl, withOrigin('https://visio.example.org'))).toBe(101);
    expect(await upgradeStatus(t.server.wsUrl, withOrigin('app://cercle'))).toBe(101);
    expect(await upgradeStatus(t.server.wsUrl)).toBe(101);

    const room = await openRoom(t);
    const page = await t.connect(withOrigin('https://visio.example.org'));
    const seat = await page.request('enterLobby', {
      roomId: room.roomId,
      inviteToken: room.inviteToken,
      displayName: 'Camille',
    });
    expect(seat.peerId).toBeTruthy();
    expect(await metricsOf(t.server)).toContain(
      'cercle_signaling_upgrades_refused_total{reason="origin"} 3',
    );
  });

  test('more origins can be allowed (a development server)', async () => {
    t = await startTestServer({ allowedOrigins: ['http://localhost:5173'] });
    const status = await upgradeStatus(t.server.wsUrl, {
      headers: { Origin: 'http://localhost:5173' },
    });
    expect(status).toBe(101);
  });
});
