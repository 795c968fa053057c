import { afterEach, describe, expect, test } from 'vitest';
import type { SessionServerOptions } from './server';
import { admitted, openRoom, startTestServer, testKey, type TestServer } from './testing/harness';
import { collect, oneMinuteTurns, outcomes, serverState, speaker } from './testing/rounds';

let t: TestServer | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** A round under way: Ana speaks, then Ben, then Chloé; the facilitator takes no turn. */
async function roundUnderWay(options: Partial<SessionServerOptions>) {
  t = await startTestServer(options);
  const room = await openRoom(t);
  const f = room.facilitator;
  const ana = await admitted(t, room, 'Ana');
  const ben = await admitted(t, room, 'Ben');
  const chloe = await admitted(t, room, 'Chloé');
  const order = [ana, ben, chloe].map((p) => p.seat.peerId);
  await f.request('roundStart', { ...oneMinuteTurns, order: { by: 'manual', peerIds: order } });
  return { t, room, f, ana, ben, chloe };
}

describe('people dropping out of a round', () => {
  test('a speaker whose connection drops is skipped once the grace period has passed', async () => {
    const { room, f, ana, ben } = await roundUnderWay({ departureGraceMs: 30 });
    const notes = collect(f, 'turnOutcome');
    const skipped = f.once('activityState', ({ state }) => speaker(state) === ben.seat.peerId);
    ana.client.close();
    const { state } = await skipped;
    expect(outcomes(state)[ana.seat.peerId]).toBe('left');
    expect(notes).toEqual([expect.objectContaining({ peerId: ana.seat.peerId, outcome: 'left' })]);
    // The seat itself is still kept for a reconnect: only the talking order moved on.
    expect(t!.server.rooms.get(room.roomId).state().peers).toContainEqual(
      expect.objectContaining({ peerId: ana.seat.peerId, connected: false }),
    );

    // Coming back later puts them at the end of the order.
    t!.clock.advance(40_000);
    const again = await t!.connect();
    const told = again.once('activityState');
    const back = await again.request('reconnect', {
      roomId: room.roomId,
      peerId: ana.seat.peerId,
      reconnectToken: ana.seat.reconnectToken,
    });
    expect(back.status).toBe('joined');
    const { state: now } = await told;
    const turns = now.activity?.kind === 'round' ? now.activity.turns : [];
    expect(turns.at(-1)).toMatchObject({ peerId: ana.seat.peerId, outcome: 'pending' });
    expect(speaker(now)).toBe(ben.seat.peerId);
  });

  test('someone who leaves for good is skipped at once', async () => {
    const { room, f, ana, ben, chloe } = await roundUnderWay({});
    const moved = f.once(
      'activityState',
      ({ state }) => outcomes(state)[ben.seat.peerId] === 'left',
    );
    await ben.client.request('leave', {});
    const { state } = await moved;
    expect(speaker(state)).toBe(ana.seat.peerId);
    await f.request('roundNext', { peerId: ana.seat.peerId });
    expect(speaker(serverState(t!, room.roomId))).toBe(chloe.seat.peerId);
  });

  test('a reconnect within the grace period keeps the place in the order', async () => {
    const { room, f, ana, ben } = await roundUnderWay({ departureGraceMs: 30_000 });
    const before = serverState(t!, room.roomId);
    const away = f.once('roomState', ({ state }) =>
      state.peers.some((p) => p.peerId === ben.seat.peerId && !p.connected),
    );
    ben.client.close();
    await away;
    t!.clock.advance(25_000);
    const again = await t!.connect();
    const told = again.once('activityState');
    await again.request('reconnect', {
      roomId: room.roomId,
      peerId: ben.seat.peerId,
      reconnectToken: ben.seat.reconnectToken,
    });
    const { state } = await told;
    expect(state).toEqual(before);
    const next = again.once('activityState', (s) => speaker(s.state) === ben.seat.peerId);
    await f.request('roundNext', { peerId: ana.seat.peerId });
    await next;
  });

  test('the facilitator taking their seat back gets the round at once', async () => {
    const { room, ana } = await roundUnderWay({});
    const desk = await t!.connect();
    const told = desk.once('activityState');
    await desk.request('claimRoom', {
      facilitatorKey: testKey,
      roomId: room.roomId,
      ownerSecret: room.created.ownerSecret,
      displayName: 'Animatrice',
    });
    const { state, talkingPiece } = await told;
    expect(speaker(state)).toBe(ana.seat.peerId);
    expect(talkingPiece).toBe(false);
  });
});
