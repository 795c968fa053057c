import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { NotificationName } from '../shared/signaling';
import { type SignalingClient } from '../shared/signaling/client';
import { SignalingError } from '../shared/signaling/errors';
import {
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

/** Every notification of one kind a client receives from now on. */
function collect<N extends NotificationName>(client: SignalingClient, name: N): unknown[] {
  const seen: unknown[] = [];
  client.on(name, (data) => seen.push(data));
  return seen;
}

describe('showing the agreements to everyone', () => {
  test('staff can; everyone in the call is told, the lobby is not; a participant is refused', async () => {
    const room = await openRoom(t);
    const co = await admitted(t, room, 'Co');
    await room.facilitator.request('setRole', { peerId: co.seat.peerId, role: 'cofacilitator' });
    const bea = await admitted(t, room, 'Béa');
    const lobby = await waitInLobby(t, room, 'Chloé');
    const leaked = collect(lobby.client, 'agreementsShown');

    t.clock.advance(5_000);
    const beaSees = bea.client.once('agreementsShown');
    const coSees = co.client.once('agreementsShown');
    await room.facilitator.request('showAgreements', {});
    expect((await beaSees).at).toBe(t.clock.now());
    await coSees;

    const again = bea.client.once('agreementsShown');
    await co.client.request('showAgreements', {});
    await again;

    expect(await refusal(bea.client.request('showAgreements', {}))).toBe('FORBIDDEN');
    expect(await refusal(lobby.client.request('showAgreements', {}))).toBe('FORBIDDEN');
    // A round trip proves everything sent to the lobby connection so far has arrived.
    await lobby.client.request('ping', {});
    expect(leaked).toEqual([]);
  });
});

describe('returning keys', () => {
  const beaKey = 'bea-returning-key-0123456';

  test('the group tag reaches the lobby; the key reaches the facilitator only', async () => {
    const facilitator = await t.connect();
    const created = await facilitator.request('createRoom', {
      facilitatorKey: testKey,
      title: 'Groupe',
      agreements: 'Bienveillance.',
      displayName: 'Animatrice',
      groupTag: 'group-tag-ABCDEFGHIJ',
    });
    const room = {
      facilitator,
      created,
      roomId: created.roomId,
      inviteToken: created.invite.token,
    };
    const other = await admitted(t, room, 'Autre');
    const otherStates = collect(other.client, 'roomState');

    const bea = await t.connect();
    const lobbySeen = facilitator.once('lobbyChanged', ({ lobby }) => lobby.length === 1);
    const seat = await bea.request('enterLobby', {
      roomId: room.roomId,
      inviteToken: room.inviteToken,
      displayName: 'Béa',
      returningKey: beaKey,
    });
    expect(seat.intro.groupTag).toBe('group-tag-ABCDEFGHIJ');
    expect((await lobbySeen).lobby[0]?.returningKey).toBe(beaKey);

    await bea.request('acknowledgeAgreements', {});
    const staffState = facilitator.once('roomState', ({ state }) => state.peers.length === 3);
    const welcome = bea.once('admitted');
    await facilitator.request('admit', { peerId: seat.peerId });
    const keyOf = (peers: Array<{ peerId: string; returningKey?: string }>) =>
      peers.find((peer) => peer.peerId === seat.peerId)?.returningKey;
    expect(keyOf((await staffState).state.peers)).toBe(beaKey);
    expect(keyOf((await welcome).state.peers)).toBeUndefined();

    // Attendance is the facilitator's: a co-facilitator sees no key, in the room or the lobby.
    const otherLobbies = collect(other.client, 'lobbyChanged');
    const promoted = other.client.once('roomState', ({ state }) =>
      state.peers.some((p) => p.peerId === other.seat.peerId && p.role === 'cofacilitator'),
    );
    await facilitator.request('setRole', { peerId: other.seat.peerId, role: 'cofacilitator' });
    await promoted;
    const late = await t.connect();
    const seenByCo = other.client.once('lobbyChanged', ({ lobby }) =>
      lobby.some((e) => e.displayName === 'Lou'),
    );
    await late.request('enterLobby', {
      roomId: room.roomId,
      inviteToken: room.inviteToken,
      displayName: 'Lou',
      returningKey: 'lou-returning-key-0123456',
    });
    await seenByCo;
    expect(otherStates.length).toBeGreaterThan(0);
    expect(JSON.stringify(otherStates)).not.toContain(beaKey);
    expect(JSON.stringify(otherLobbies)).not.toContain('lou-returning-key');
    expect(JSON.stringify(await other.client.request('getActivityState', {}))).not.toContain(
      beaKey,
    );
    expect(JSON.stringify(await bea.request('getActivityState', {}))).not.toContain(beaKey);

    // The claimed seat of the facilitator sees it as well.
    const again = await t.connect();
    const claimed = await again.request('claimRoom', {
      facilitatorKey: testKey,
      roomId: room.roomId,
      ownerSecret: created.ownerSecret,
      displayName: 'Animatrice',
    });
    expect(keyOf(claimed.state.peers)).toBe(beaKey);
  });

  test('a page that learns the group tag in the lobby gives its key with its acceptance', async () => {
    const room = await openRoom(t);
    const bea = await t.connect();
    const seat = await bea.request('enterLobby', {
      roomId: room.roomId,
      inviteToken: room.inviteToken,
      displayName: 'Béa',
    });
    const seen = room.facilitator.once(
      'lobbyChanged',
      ({ lobby }) => lobby[0]?.acknowledged === true,
    );
    await bea.request('acknowledgeAgreements', { returningKey: beaKey });
    expect((await seen).lobby[0]?.returningKey).toBe(beaKey);
    // A second acceptance cannot change the key the staff already saw.
    const again = room.facilitator.once('lobbyChanged');
    await bea.request('acknowledgeAgreements', { returningKey: 'another-key-0123456789' });
    expect((await again).lobby.find((e) => e.peerId === seat.peerId)?.returningKey).toBe(beaKey);
    expect(await refusal(bea.request('acknowledgeAgreements', { returningKey: 'bad key!' }))).toBe(
      'INVALID_DATA',
    );
  });

  test('a malformed key is refused; without a key and a tag nothing changes', async () => {
    const room = await openRoom(t);
    const client = await t.connect();
    const entry = { roomId: room.roomId, inviteToken: room.inviteToken, displayName: 'Béa' };
    expect(await refusal(client.request('enterLobby', { ...entry, returningKey: 'short' }))).toBe(
      'INVALID_DATA',
    );
    expect(
      await refusal(
        client.request('enterLobby', { ...entry, returningKey: 'a b c d e f g h i j k l' }),
      ),
    ).toBe('INVALID_DATA');
    const seat = await client.request('enterLobby', entry);
    expect(seat.intro.groupTag).toBeUndefined();
  });
});
