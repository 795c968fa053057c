import { connect } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { SignalingError } from '../../shared/signaling/errors';
import {
  admitted,
  from,
  openRoom,
  startTestServer,
  waitInLobby,
  type TestServer,
} from '../testing/harness';

/*
 * Finding 7: /metrics and /healthz answered anyone, HSTS needed direct TLS,
 * `reconnect` told a real room from a fake one. (Keys in logs: config.test;
 * returning keys: agreements-returning.test; mediasoup's text: transport-flood.test.)
 */

let t: TestServer;
afterEach(async () => {
  await t?.close();
});

/** Whether a TCP connection to `port` from `localAddress` is accepted. */
function reachable(port: number, host: string, localAddress: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, localAddress });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('metrics and health', () => {
  test('/metrics is not on the public port; its own listener is bound to 127.0.0.1', async () => {
    // Listening on another loopback address stands in for the public interface.
    t = await startTestServer({ listen: '127.0.0.2' });
    expect((await fetch(`${t.server.url}/metrics`)).status).toBe(404);
    const publicHealth = await fetch(`${t.server.url}/healthz`).then((r) => r.json());
    expect(publicHealth).toEqual({ status: 'ok' });

    const monitoring = new URL(t.server.monitoringUrl!);
    expect(monitoring.hostname).toBe('127.0.0.1');
    // The public port answers on every address; the monitoring port only on 127.0.0.1.
    expect(await reachable(t.server.port, '127.0.0.2', '127.0.0.2')).toBe(true);
    expect(await reachable(Number(monitoring.port), '127.0.0.2', '127.0.0.2')).toBe(false);
    expect(await (await fetch(`${monitoring.origin}/metrics`)).text()).toContain('cercle_rooms');
  });

  test('with a bearer token /metrics answers on the public port to that token only', async () => {
    const token = 'metrics-token-0123456789abcdef';
    t = await startTestServer({ metricsToken: token, monitoring: undefined });
    const get = (authorization?: string) =>
      fetch(`${t.server.url}/metrics`, authorization ? { headers: { authorization } } : {});
    expect((await get()).status).toBe(404);
    expect((await get(`Bearer ${token}x`)).status).toBe(404);
    expect((await get(`Basic ${token}`)).status).toBe(404);
    const answered = await get(`Bearer ${token}`);
    expect(answered.status).toBe(200);
    expect(await answered.text()).toContain('cercle_signaling_connections');
  });

  test('HSTS whenever the public URL is https, also behind a TLS proxy', async () => {
    t = await startTestServer({ publicUrl: 'https://visio.example.org' });
    const response = await fetch(`${t.server.url}/join/AbCdEfGh1234`);
    expect(response.headers.get('strict-transport-security')).toBe('max-age=15552000');
    await t.close();
    t = await startTestServer({ publicUrl: 'http://192.168.1.20:8443' });
    const plain = await fetch(`${t.server.url}/join/AbCdEfGh1234`);
    expect(plain.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('reconnect gives nothing away', () => {
  test('a fake room, a fake seat, a wrong token, a lobby seat and a lapsed window all get one answer', async () => {
    t = await startTestServer();
    const room = await openRoom(t);
    const lobby = await waitInLobby(t, room, 'Lou');
    lobby.client.close();
    const kept = await admitted(t, room, 'Hugo');
    const lapsed = await admitted(t, room, 'Inès');
    const dropped = room.facilitator.once('roomState', ({ state }) =>
      state.peers.some((p) => p.peerId === lapsed.seat.peerId && !p.connected),
    );
    lapsed.client.close();
    await dropped;
    t.clock.advance(3 * 60_000);

    const prober = await t.connect(from('127.0.0.66'));
    const answer = async (data: { roomId: string; peerId: string; reconnectToken: string }) => {
      try {
        await prober.request('reconnect', data);
        return 'accepted';
      } catch (error) {
        if (!(error instanceof SignalingError)) throw error;
        return JSON.stringify({ code: error.code, message: error.message });
      }
    };
    const fakeId = 'ZZZZZZZZZZZZ';
    const fakeToken = 'f'.repeat(43);
    const answers = [
      await answer({ roomId: fakeId, peerId: fakeId, reconnectToken: fakeToken }),
      await answer({ roomId: room.roomId, peerId: fakeId, reconnectToken: fakeToken }),
      await answer({ roomId: room.roomId, peerId: kept.seat.peerId, reconnectToken: fakeToken }),
      await answer({
        roomId: room.roomId,
        peerId: lobby.seat.peerId,
        reconnectToken: lobby.seat.reconnectToken,
      }),
      await answer({
        roomId: room.roomId,
        peerId: lapsed.seat.peerId,
        reconnectToken: lapsed.seat.reconnectToken,
      }),
    ];
    expect(new Set(answers)).toEqual(
      new Set([JSON.stringify({ code: 'TOKEN_EXPIRED', message: 'This seat is no longer kept.' })]),
    );
    await admitted(t, room, 'Camille');
  });
});
