import { afterEach, describe, expect, test } from 'vitest';
import { type SignalingClient } from '../../shared/signaling/client';
import { SignalingError } from '../../shared/signaling/errors';
import {
  from,
  openRoom,
  startTestServer,
  type OpenRoom,
  type TestServer,
} from '../testing/harness';

/*
 * Finding 1: one forwarded invite link shut the door (39 lobby seats taken,
 * kept after the sockets closed, links not revocable). The attacker here
 * holds the real link; a real person still gets in.
 */

let t: TestServer;
afterEach(async () => {
  await t?.close();
});

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SignalingError) return error.code;
    throw error;
  }
  return 'accepted';
}

function enter(
  client: SignalingClient,
  room: OpenRoom,
  displayName: string,
  token = room.inviteToken,
) {
  return client.request('enterLobby', { roomId: room.roomId, inviteToken: token, displayName });
}

/** A real person from their own address: lobby, agreements, admitted into the call. */
async function realPersonJoins(room: OpenRoom, address = '127.0.0.200', token?: string) {
  const person = await t.connect(from(address));
  const seat = await enter(person, room, 'Camille', token);
  await person.request('acknowledgeAgreements', {});
  const welcome = person.once('admitted');
  await room.facilitator.request('admit', { peerId: seat.peerId });
  return (await welcome).state.peers.some((peer) => peer.peerId === seat.peerId);
}

describe('a flood of lobby seats with one invite link', () => {
  test('one address gets a few seats, then LOBBY_FULL; a real person still joins', async () => {
    t = await startTestServer();
    const room = await openRoom(t);
    const outcomes: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      const attacker = await t.connect(from('127.0.0.66'));
      outcomes.push(await refusal(enter(attacker, room, `bot ${i}`)));
    }
    const { maxLobbyPerIp } = t.server.limits;
    expect(outcomes.filter((o) => o === 'accepted')).toHaveLength(maxLobbyPerIp);
    expect(outcomes.slice(maxLobbyPerIp)).toEqual(Array(12 - maxLobbyPerIp).fill('LOBBY_FULL'));
    expect(await realPersonJoins(room)).toBe(true);
  });

  test('the lobby has its own cap below the room’s, so the call still has room', async () => {
    t = await startTestServer({ maxPeersPerRoom: 12, maxLobbyPerRoom: 5, maxLobbyPerIp: 5 });
    const room = await openRoom(t);
    const taken: SignalingClient[] = [];
    for (let i = 0; i < 5; i += 1) {
      const attacker = await t.connect(from(`127.0.1.${i + 1}`));
      await enter(attacker, room, `bot ${i}`);
      taken.push(attacker);
    }
    const sixth = await t.connect(from('127.0.2.1'));
    expect(await refusal(enter(sixth, room, 'bot 6'))).toBe('LOBBY_FULL');
    expect(t.server.rooms.get(room.roomId).lobby()).toHaveLength(5);
    const emptied = room.facilitator.once('lobbyChanged', ({ lobby }) => lobby.length === 0);
    taken.forEach((client) => client.close());
    await emptied;
    expect(await realPersonJoins(room)).toBe(true);
  });

  test('a lobby seat is freed as its socket closes, not kept for the reconnect window', async () => {
    t = await startTestServer({ maxLobbyPerRoom: 3, maxLobbyPerIp: 3 });
    const room = await openRoom(t);
    const bots: SignalingClient[] = [];
    for (let i = 0; i < 3; i += 1) {
      const bot = await t.connect(from('127.0.0.66'));
      await enter(bot, room, `bot ${i}`);
      bots.push(bot);
    }
    const emptied = room.facilitator.once('lobbyChanged', ({ lobby }) => lobby.length === 0);
    for (const bot of bots) bot.close();
    await emptied;
    // No time passed on the server's clock: the seats went with their sockets.
    expect(await realPersonJoins(room, '127.0.0.66')).toBe(true);
  });

  test('"Nouveau lien": older links fail with TOKEN_REVOKED, the new one works', async () => {
    t = await startTestServer();
    const room = await openRoom(t);
    const fresh = await room.facilitator.request('createInvite', {});
    const late = await t.connect(from('127.0.0.66'));
    const refused = await enter(late, room, 'bot').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SignalingError);
    expect(refused).toMatchObject({
      code: 'TOKEN_REVOKED',
      message: expect.stringContaining('replaced by a newer one'),
    });
    expect(await realPersonJoins(room, '127.0.0.200', fresh.token)).toBe(true);
  });

  test('a link may be limited to a number of uses', async () => {
    t = await startTestServer();
    const room = await openRoom(t);
    const invite = await room.facilitator.request('createInvite', { maxUses: 2 });
    const codes = [];
    for (let i = 0; i < 3; i += 1) {
      const person = await t.connect(from(`127.0.3.${i + 1}`));
      codes.push(await refusal(enter(person, room, `p${i}`, invite.token)));
    }
    expect(codes).toEqual(['accepted', 'accepted', 'TOKEN_USED_UP']);
  });
});
