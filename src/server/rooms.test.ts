import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { closeCodes } from '../shared/signaling';
import { type SignalingClient } from '../shared/signaling/client';
import { SignalingError } from '../shared/signaling/errors';
import {
  healthOf,
  admitted,
  openRoom,
  startTestServer,
  testKey,
  waitInLobby,
  type TestServer,
} from './testing/harness';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => {
  await t.close();
});

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SignalingError) return error.code;
    throw error;
  }
  throw new Error('expected a refusal');
}

function closedWith(client: SignalingClient): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => client.onClose(resolve));
}

describe('room creation', () => {
  test('refused without the right facilitator key, and no room is created', async () => {
    const client = await t.connect();
    const base = { title: 'Groupe', agreements: '', displayName: 'Anna' };
    expect(await refusal(client.request('createRoom', { ...base, facilitatorKey: 'wrong' }))).toBe(
      'BAD_KEY',
    );
    expect(await refusal(client.request('createRoom', { ...base } as never))).toBe('INVALID_DATA');
    expect(t.server.rooms.size).toBe(0);
  });

  test('with the key: the facilitator is seated and gets an invite link for the join page', async () => {
    const { created, roomId } = await openRoom(t);
    expect(created.state.peers).toEqual([
      expect.objectContaining({ displayName: 'Animatrice', role: 'facilitator', connected: true }),
    ]);
    expect(created.invite.url).toBe(
      `${t.server.joinUrlBase}/${roomId}#invite=${created.invite.token}`,
    );
    expect(created.invite.expiresAt).toBe(t.clock.now() + 24 * 60 * 60_000);
    const health = await healthOf(t.server);
    expect(health).toMatchObject({ rooms: 1, peers: 1 });
  });
});

describe('invite tokens', () => {
  test('a forged token, a token of another room and an expired token are refused', async () => {
    const room = await openRoom(t);
    const other = await openRoom(t, 'Autre groupe');
    const client = await t.connect();
    const enter = (roomId: string, inviteToken: string) =>
      client.request('enterLobby', { roomId, inviteToken, displayName: 'Bea' });

    const [version, claims, mac] = room.inviteToken.split('.');
    const flipped = `${mac!.slice(0, -2)}${mac!.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(await refusal(enter(room.roomId, `${version}.${claims}.${flipped}`))).toBe(
      'TOKEN_INVALID',
    );
    expect(await refusal(enter(room.roomId, other.inviteToken))).toBe('TOKEN_INVALID');
    expect(await refusal(enter(room.roomId, 'v1.bm90LWEtdG9rZW4.bm90LWEtbWFj'))).toBe(
      'TOKEN_INVALID',
    );

    t.clock.advance(24 * 60 * 60_000);
    expect(await refusal(enter(room.roomId, room.inviteToken))).toBe('TOKEN_EXPIRED');
    const fresh = await room.facilitator.request('createInvite', { ttlMinutes: 30 });
    await expect(enter(room.roomId, fresh.token)).resolves.toMatchObject({
      intro: { title: 'Groupe du jeudi', agreements: 'Confidentialité.\nBienveillance.' },
    });
  });
});

describe('lobby', () => {
  test('lobby → agreements → admit → in the call; the lobby never sees room state', async () => {
    const room = await openRoom(t);
    const lobbySeen = room.facilitator.once('lobbyChanged', ({ lobby }) => lobby.length === 1);
    const { client: bea, seat } = await waitInLobby(t, room, '  Béa  ');
    expect((await lobbySeen).lobby[0]).toMatchObject({ displayName: 'Béa' });

    const waiting = await t.connect();
    const waitingSeat = await waiting.request('enterLobby', {
      roomId: room.roomId,
      inviteToken: room.inviteToken,
      displayName: 'Chloé',
    });
    const leaked: unknown[] = [];
    waiting.on('roomState', (data) => leaked.push(data));
    waiting.on('admitted', (data) => leaked.push(data));

    expect(await refusal(room.facilitator.request('admit', { peerId: waitingSeat.peerId }))).toBe(
      'AGREEMENTS_NOT_ACKNOWLEDGED',
    );
    const welcome = bea.once('admitted');
    await room.facilitator.request('admit', { peerId: seat.peerId });
    const { state, role } = await welcome;
    expect(role).toBe('participant');
    expect(state.peers.map((p) => p.displayName)).toEqual(['Animatrice', 'Béa']);
    expect(await refusal(waiting.request('getRouterRtpCapabilities', {}))).toBe('FORBIDDEN');
    // A round trip on the waiting connection proves everything sent to it so far has arrived.
    await waiting.request('ping', {});
    expect(leaked).toEqual([]);
  });

  test('a declined person is told and disconnected; they cannot come back with their seat', async () => {
    const room = await openRoom(t);
    const { client, seat } = await waitInLobby(t, room, 'Dan');
    const ended = client.once('sessionEnded');
    const closed = closedWith(client);
    await room.facilitator.request('decline', { peerId: seat.peerId });
    expect(await ended).toEqual({ reason: 'declined' });
    expect((await closed).code).toBe(closeCodes.declined);
    const again = await t.connect();
    expect(
      await refusal(
        again.request('reconnect', {
          roomId: room.roomId,
          peerId: seat.peerId,
          reconnectToken: seat.reconnectToken,
        }),
      ),
    ).toBe('TOKEN_EXPIRED');
  });

  test('a locked room refuses newcomers; unlocking lets them in', async () => {
    const room = await openRoom(t);
    await room.facilitator.request('lockRoom', { locked: true });
    const client = await t.connect();
    const enter = () =>
      client.request('enterLobby', {
        roomId: room.roomId,
        inviteToken: room.inviteToken,
        displayName: 'Eve',
      });
    expect(await refusal(enter())).toBe('ROOM_LOCKED');
    await room.facilitator.request('lockRoom', { locked: false });
    await expect(enter()).resolves.toHaveProperty('peerId');
  });

  test('names are trimmed, 1–40 characters, without control characters', async () => {
    const room = await openRoom(t);
    const client = await t.connect();
    const enter = (displayName: string) =>
      client.request('enterLobby', {
        roomId: room.roomId,
        inviteToken: room.inviteToken,
        displayName,
      });
    for (const bad of ['   ', 'a'.repeat(41), 'Bob\u0007', 'Ali\u202Ece', 'two\nlines']) {
      expect(await refusal(enter(bad))).toBe('INVALID_DATA');
    }
    expect(t.server.rooms.get(room.roomId).lobby()).toEqual([]);
  });
});

describe('reconnect', () => {
  test('within the window the seat comes back without a new admission', async () => {
    const room = await openRoom(t);
    const { client, seat } = await admitted(t, room, 'Fanny');
    const away = room.facilitator.once('roomState', ({ state }) =>
      state.peers.some((p) => p.peerId === seat.peerId && !p.connected),
    );
    client.close();
    await away;
    t.clock.advance(119_000);
    const back = room.facilitator.once('roomState', ({ state }) =>
      state.peers.some((p) => p.peerId === seat.peerId && p.connected),
    );
    const again = await t.connect();
    const result = await again.request('reconnect', {
      roomId: room.roomId,
      peerId: seat.peerId,
      reconnectToken: seat.reconnectToken,
    });
    expect(result).toMatchObject({ status: 'joined', role: 'participant' });
    await back;
  });

  test('after the window the seat is gone and the token is refused', async () => {
    const room = await openRoom(t);
    const { client, seat } = await admitted(t, room, 'Gaspard');
    const away = room.facilitator.once('roomState', ({ state }) =>
      state.peers.some((p) => p.peerId === seat.peerId && !p.connected),
    );
    client.close();
    await away;
    t.clock.advance(120_001);
    const gone = room.facilitator.once(
      'roomState',
      ({ state }) => !state.peers.some((p) => p.peerId === seat.peerId),
    );
    const again = await t.connect();
    const attempt = again.request('reconnect', {
      roomId: room.roomId,
      peerId: seat.peerId,
      reconnectToken: seat.reconnectToken,
    });
    expect(await refusal(attempt)).toBe('TOKEN_EXPIRED');
    await gone;
  });

  test('a wrong reconnect token is refused (as any refusal is) and the seat stays kept', async () => {
    const room = await openRoom(t);
    const { client, seat } = await admitted(t, room, 'Hugo');
    client.close();
    const again = await t.connect();
    const attempt = (reconnectToken: string) =>
      again.request('reconnect', { roomId: room.roomId, peerId: seat.peerId, reconnectToken });
    expect(await refusal(attempt('x'.repeat(43)))).toBe('TOKEN_EXPIRED');
    await expect(attempt(seat.reconnectToken)).resolves.toMatchObject({ status: 'joined' });
  });

  test('the seat is freed by the real timer when nobody comes back', async () => {
    await t.close();
    t = await startTestServer({ reconnectWindowMs: 50 });
    const room = await openRoom(t);
    const { client, seat } = await admitted(t, room, 'Inès');
    const gone = room.facilitator.once(
      'roomState',
      ({ state }) => !state.peers.some((p) => p.peerId === seat.peerId),
    );
    client.close();
    await gone;
  });
});

describe('facilitator powers', () => {
  test('a co-facilitator can admit and remove participants but not the facilitator', async () => {
    const room = await openRoom(t);
    const { client: co, seat: coSeat } = await admitted(t, room, 'Jade');
    await room.facilitator.request('setRole', { peerId: coSeat.peerId, role: 'cofacilitator' });
    const { seat: waiting } = await waitInLobby(t, room, 'Karim');
    await co.request('admit', { peerId: waiting.peerId });
    expect(await refusal(co.request('remove', { peerId: room.created.peerId }))).toBe('FORBIDDEN');
    expect(await refusal(co.request('closeRoom', {}))).toBe('FORBIDDEN');
    await co.request('remove', { peerId: waiting.peerId });
    expect(
      t.server.rooms
        .get(room.roomId)
        .state()
        .peers.map((p) => p.displayName),
    ).toEqual(['Animatrice', 'Jade']);
  });

  test('removing someone tells them and closes their connection', async () => {
    const room = await openRoom(t);
    const { client, seat } = await admitted(t, room, 'Léa');
    const ended = client.once('sessionEnded');
    const closed = closedWith(client);
    await room.facilitator.request('remove', { peerId: seat.peerId });
    expect(await ended).toEqual({ reason: 'removed' });
    expect((await closed).code).toBe(closeCodes.removed);
  });

  test('closing the room tells everyone, including the lobby, and forgets the room', async () => {
    const room = await openRoom(t);
    const { client: inCall } = await admitted(t, room, 'Marc');
    const { client: inLobby } = await waitInLobby(t, room, 'Nina');
    const told = [inCall, inLobby, room.facilitator].map((c) => c.once('sessionEnded'));
    const closed = closedWith(inLobby);
    await room.facilitator.request('closeRoom', {});
    expect(await Promise.all(told)).toEqual(Array(3).fill({ reason: 'roomClosed' }));
    expect((await closed).code).toBe(closeCodes.roomClosed);
    expect(t.server.rooms.size).toBe(0);
    const late = await t.connect();
    expect(
      await refusal(
        late.request('enterLobby', {
          roomId: room.roomId,
          inviteToken: room.inviteToken,
          displayName: 'Olga',
        }),
      ),
    ).toBe('ROOM_NOT_FOUND');
  });

  test('the facilitator takes their seat back with the key from a new connection', async () => {
    const room = await openRoom(t);
    const replaced = room.facilitator.once('sessionEnded');
    const desk = await t.connect();
    const claimed = await desk.request('claimRoom', {
      facilitatorKey: testKey,
      roomId: room.roomId,
      ownerSecret: room.created.ownerSecret,
      displayName: 'Animatrice',
    });
    expect(claimed.peerId).toBe(room.created.peerId);
    expect(await replaced).toEqual({ reason: 'replaced' });
    await desk.request('lockRoom', { locked: true });
  });
});
