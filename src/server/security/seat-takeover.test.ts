import WebSocket from 'ws';
import { afterEach, describe, expect, test } from 'vitest';
import { SignalingClient } from '../../shared/signaling/client';
import { SignalingError } from '../../shared/signaling/errors';
import {
  admitted,
  from,
  openRoom,
  startTestServer,
  testKey,
  type TestServer,
} from '../testing/harness';

/*
 * Finding 2: a second socket with the facilitator's reconnect token took the
 * seat while the facilitator was still connected, and the token worked
 * again. Now a seat whose connection answers is never taken, and a token
 * serves once.
 */

let t: TestServer;
afterEach(async () => {
  await t?.close();
});

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SignalingError) return { code: error.code, message: error.message };
    throw error;
  }
  return { code: 'accepted', message: '' };
}

describe('taking a seat with its reconnect token', () => {
  test('refused while the seat’s own connection is alive; the facilitator is not pushed out', async () => {
    t = await startTestServer({ livenessProbeMs: 2_000 });
    const room = await openRoom(t);
    const ended: unknown[] = [];
    room.facilitator.on('sessionEnded', (data) => ended.push(data));
    const attacker = await t.connect(from('127.0.0.66'));
    const attempt = await refusal(
      attacker.request('reconnect', {
        roomId: room.roomId,
        peerId: room.created.peerId,
        reconnectToken: room.created.reconnectToken,
      }),
    );
    expect(attempt).toEqual({
      code: 'SEAT_IN_USE',
      message: 'This seat is in use on another connection.',
    });
    // The facilitator still holds the room and still sees who arrives.
    await room.facilitator.request('lockRoom', { locked: false });
    const joined = await admitted(t, room, 'Camille');
    expect(joined.seat.peerId).toBeTruthy();
    expect(ended).toEqual([]);
    await expect(room.facilitator.request('ping', {})).resolves.toHaveProperty('serverTime');
  });

  test('a token serves once: the reconnect hands out the next one, the old one is refused', async () => {
    t = await startTestServer();
    const room = await openRoom(t);
    const { client, seat } = await admitted(t, room, 'Hugo');
    const dropped = room.facilitator.once('roomState', ({ state }) =>
      state.peers.some((p) => p.peerId === seat.peerId && !p.connected),
    );
    client.close();
    await dropped;
    const back = await t.connect();
    const resumed = await back.request('reconnect', {
      roomId: room.roomId,
      peerId: seat.peerId,
      reconnectToken: seat.reconnectToken,
    });
    expect(resumed.status).toBe('joined');
    expect(resumed.reconnectToken).not.toBe(seat.reconnectToken);

    back.close();
    const stranger = await t.connect(from('127.0.0.66'));
    const reused = await refusal(
      stranger.request('reconnect', {
        roomId: room.roomId,
        peerId: seat.peerId,
        reconnectToken: seat.reconnectToken,
      }),
    );
    expect(reused.code).toBe('TOKEN_EXPIRED');
    const again = await t.connect();
    await expect(
      again.request('reconnect', {
        roomId: room.roomId,
        peerId: seat.peerId,
        reconnectToken: resumed.reconnectToken,
      }),
    ).resolves.toMatchObject({ status: 'joined' });
  });

  test('a connection that died without closing is proven gone by a ping, then replaced', async () => {
    t = await startTestServer({ livenessProbeMs: 200 });
    // A laptop lid closed: the TCP connection stays up but nothing is read any more.
    const ws = new WebSocket(t.server.wsUrl);
    const stalled = await SignalingClient.connect(ws);
    const created = await stalled.request('createRoom', {
      facilitatorKey: testKey,
      title: 'Groupe du soir',
      agreements: '',
      displayName: 'Animatrice',
    });
    ws.pause();
    const back = await t.connect();
    const resumed = await back.request('reconnect', {
      roomId: created.roomId,
      peerId: created.peerId,
      reconnectToken: created.reconnectToken,
    });
    expect(resumed).toMatchObject({ status: 'joined', role: 'facilitator' });
    await expect(back.request('lockRoom', { locked: true })).resolves.toEqual({});
    ws.terminate();
  });
});
