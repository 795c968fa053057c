import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { SignalingError } from '../../shared/signaling/errors';
import { keyFile } from '../auth/facilitator-keys';
import {
  admitted,
  from,
  startTestServer,
  type OpenRoom,
  type TestServer,
} from '../testing/harness';

/*
 * Finding 3: the facilitator key was one per server, and claimRoom gave any
 * holder every name and returning key and pushed the real facilitator out.
 * Now each facilitator has a named key, and a room answers only to the key
 * that opened it together with the room's own secret.
 */

let t: TestServer;
let dir: string;
afterEach(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function twoFacilitators() {
  dir = mkdtempSync(join(tmpdir(), 'cercle-keys-'));
  const marie = keyFile.add(dir, 'marie').key;
  const mallory = keyFile.add(dir, 'mallory').key;
  t = await startTestServer({ facilitatorKey: undefined, configDir: dir });
  const facilitator = await t.connect();
  const created = await facilitator.request('createRoom', {
    facilitatorKey: marie,
    title: 'Groupe du jeudi',
    agreements: 'Confidentialité.',
    displayName: 'Marie',
  });
  const room: OpenRoom = {
    facilitator,
    created,
    roomId: created.roomId,
    inviteToken: created.invite.token,
  };
  return { room, marie, mallory };
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SignalingError) return error.code;
    throw error;
  }
  return 'accepted';
}

describe('claiming a room', () => {
  test('another facilitator’s key cannot take a room, even with its id and secret', async () => {
    const { room, marie, mallory } = await twoFacilitators();
    const guest = await admitted(t, room, 'Camille');
    const ended: unknown[] = [];
    room.facilitator.on('sessionEnded', (data) => ended.push(data));

    const thief = await t.connect(from('127.0.0.66'));
    const claim = (facilitatorKey: string, ownerSecret: string) =>
      thief.request('claimRoom', {
        facilitatorKey,
        roomId: room.roomId,
        ownerSecret,
        displayName: 'Mallory',
      });
    expect(await refusal(claim(mallory, room.created.ownerSecret))).toBe('ROOM_NOT_FOUND');
    expect(await refusal(claim(mallory, 'x'.repeat(43)))).toBe('ROOM_NOT_FOUND');
    // Marie's own key without the room's secret is not enough either.
    expect(await refusal(claim(marie, 'x'.repeat(43)))).toBe('ROOM_NOT_FOUND');
    expect(await refusal(claim('not-a-key-at-all-0000', room.created.ownerSecret))).toBe('BAD_KEY');

    // Nothing moved: Marie keeps the room, a real participant still comes in.
    expect(ended).toEqual([]);
    await admitted(t, room, 'Dominique');
    await expect(guest.client.request('ping', {})).resolves.toHaveProperty('serverTime');

    // Marie's app, with her key and the secret, takes the seat back from a new connection.
    const desk = await t.connect();
    const claimed = await desk.request('claimRoom', {
      facilitatorKey: marie,
      roomId: room.roomId,
      ownerSecret: room.created.ownerSecret,
      displayName: 'Marie',
    });
    expect(claimed.peerId).toBe(room.created.peerId);
  });

  test('a revoked key opens and claims nothing, at once, on the running server', async () => {
    const { room, mallory } = await twoFacilitators();
    keyFile.revoke(dir, 'mallory');
    const client = await t.connect();
    expect(
      await refusal(
        client.request('createRoom', {
          facilitatorKey: mallory,
          title: 'Autre',
          agreements: '',
          displayName: 'Mallory',
        }),
      ),
    ).toBe('BAD_KEY');
    await admitted(t, room, 'Camille');
  });
});
