import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  admitted,
  openRoom,
  rawSocket,
  startTestServer,
  waitInLobby,
  type TestServer,
} from './testing/harness';
import {
  collect,
  everyoneSees,
  oneMinuteTurns,
  outcomes,
  refusalOf,
  serverState,
  speaker,
} from './testing/rounds';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer({ speakingReportMs: 20 });
});
afterEach(async () => {
  await t.close();
});

/** A facilitator and two participants in the call, in that join order. */
async function circle() {
  const r = await openRoom(t);
  // People who join at the same millisecond are ordered by id; a second apart, by arrival.
  t.clock.advance(1_000);
  const ana = await admitted(t, r, 'Ana');
  t.clock.advance(1_000);
  const ben = await admitted(t, r, 'Ben');
  return {
    room: r,
    f: r.facilitator,
    fId: r.created.peerId,
    ana: ana.client,
    anaId: ana.seat.peerId,
    ben: ben.client,
    benId: ben.seat.peerId,
  };
}

describe('a round driven over signaling', () => {
  test('every page sees the same speaker through a full round with one extension and one pass', async () => {
    const { room, f, fId, ana, anaId, ben, benId } = await circle();
    const everyone = [f, ana, ben];
    const outcomesSeen = collect(f, 'turnOutcome');
    const anaNotes = collect(ana, 'turnOutcome');

    let seen = everyoneSees(everyone, (s) => speaker(s) === fId);
    await f.request('roundStart', { ...oneMinuteTurns, order: { by: 'join' } });
    const [first] = await seen;
    expect(first).toMatchObject({ serverTime: t.clock.now(), talkingPiece: false });
    expect(first!.state.activity).toMatchObject({
      kind: 'round',
      turns: [{ peerId: fId }, { peerId: anaId }, { peerId: benId }],
    });

    t.clock.advance(50_000);
    seen = everyoneSees(everyone, (s) => speaker(s) === anaId);
    await f.request('roundNext', { peerId: fId });
    await seen;

    t.clock.advance(55_000);
    seen = everyoneSees(everyone, (s) => s.activity?.timer?.durationMs === 90_000);
    await f.request('roundExtend', { peerId: anaId, ms: 30_000 });
    const [extended] = await seen;
    // The countdown is carried as endsAt in server time: 5 s left plus the 30 s extension.
    expect(extended!.state.activity?.timer?.endsAt).toBe(t.clock.now() + 35_000);

    t.clock.advance(20_000);
    seen = everyoneSees(everyone, (s) => speaker(s) === benId);
    await f.request('roundNext', { peerId: anaId });
    await seen;

    seen = everyoneSees(everyone, (s) => s.activity?.kind === 'round' && speaker(s) === null);
    await ben.request('roundPass', { peerId: benId });
    const [done] = await seen;
    expect(outcomes(done!.state)).toEqual({ [fId]: 'spoke', [anaId]: 'spoke', [benId]: 'passed' });

    seen = everyoneSees(everyone, (s) => s.activity === null);
    await f.request('roundEnd', {});
    const [ended] = await seen;
    expect(ended!.state.history).toEqual([
      expect.objectContaining({
        kind: 'round',
        turns: [
          { peerId: fId, outcome: 'spoke', spokenMs: 50_000 },
          { peerId: anaId, outcome: 'spoke', spokenMs: 75_000 },
          { peerId: benId, outcome: 'passed', spokenMs: 0 },
        ],
      }),
    ]);
    // The facilitator's app is told each turn as it settles, for attendance; nobody else is.
    await f.request('ping', {});
    expect(outcomesSeen.map((n) => [n.peerId, n.outcome])).toEqual([
      [fId, 'spoke'],
      [anaId, 'spoke'],
      [benId, 'passed'],
    ]);
    expect(anaNotes).toEqual([]);
    expect(serverState(t, room.roomId)).toEqual(ended!.state);
  });

  test('a co-facilitator drives too; a random order is drawn by the server', async () => {
    const { f, fId, ana: co, anaId, ben, benId } = await circle();
    await f.request('setRole', { peerId: anaId, role: 'cofacilitator' });
    const started = ben.once('activityState', (s) => s.state.activity?.kind === 'round');
    await co.request('roundStart', { ...oneMinuteTurns, order: { by: 'random' } });
    const { state } = await started;
    const order = state.activity?.kind === 'round' ? state.activity.turns.map((x) => x.peerId) : [];
    expect([...order].sort()).toEqual([fId, anaId, benId].sort());
    const first = order[0]!;
    const moved = ben.once('activityState', (s) => speaker(s.state) === order[1]);
    await co.request('roundNext', { peerId: first });
    await moved;
  });

  test('open floor: hands are raised in order and the floor is given; free time counts down', async () => {
    const { f, ana, anaId, ben, benId } = await circle();
    await f.request('floorStart', { turnMs: null });
    await ben.request('floorRaiseHand', { peerId: benId });
    t.clock.advance(1_000);
    await ana.request('floorRaiseHand', { peerId: anaId });
    await ana.request('floorLowerHand', { peerId: anaId });
    await ana.request('floorRaiseHand', { peerId: anaId });
    const given = ana.once('activityState', ({ state }) => speaker(state) === benId);
    await f.request('floorNext', {});
    const { state } = await given;
    expect(state.activity).toMatchObject({ kind: 'openFloor', queue: [{ peerId: anaId }] });
    await f.request('floorClearQueue', {});
    await f.request('floorEnd', {});

    await f.request('freeStart', { durationMs: 300_000 });
    t.clock.advance(10_000);
    await f.request('freePause', {});
    await f.request('freeExtend', { ms: 60_000 });
    const snapshot = await ben.request('getActivityState', {});
    expect(snapshot.state.activity).toMatchObject({
      kind: 'freeTime',
      timer: { remainingMs: 350_000, endsAt: null },
    });
    await f.request('freeResume', {});
    await f.request('freeEnd', {});
  });
});

describe('who may drive', () => {
  test('a participant cannot drive the round, nor pass or lower a hand for someone else; nothing changes', async () => {
    const { room, f, fId, ana, anaId, benId } = await circle();
    await f.request('roundStart', { ...oneMinuteTurns, order: { by: 'join' } });
    await f.request('roundNext', { peerId: fId });
    const before = serverState(t, room.roomId);
    const broadcasts = collect(f, 'activityState');

    const attempts = [
      ana.request('roundNext', { peerId: anaId }),
      ana.request('roundSkip', { peerId: benId }),
      ana.request('roundExtend', { peerId: anaId, ms: 60_000 }),
      ana.request('roundEnd', {}),
      ana.request('setTalkingPiece', { on: true }),
    ];
    for (const attempt of attempts) expect(await refusalOf(attempt)).toEqual({ code: 'FORBIDDEN' });
    // Ben is not speaking, but passing someone else's turn is refused before the engine is asked.
    expect(await refusalOf(ana.request('roundPass', { peerId: benId }))).toEqual({
      code: 'FORBIDDEN',
    });
    await f.request('ping', {});
    expect(serverState(t, room.roomId)).toBe(before);
    expect(broadcasts).toEqual([]);

    await f.request('roundEnd', {});
    await f.request('floorStart', { turnMs: null });
    await f.request('floorRaiseHand', { peerId: benId });
    const queued = serverState(t, room.roomId);
    expect(await refusalOf(ana.request('floorLowerHand', { peerId: benId }))).toEqual({
      code: 'FORBIDDEN',
    });
    expect(await refusalOf(ana.request('floorRaiseHand', { peerId: benId }))).toEqual({
      code: 'FORBIDDEN',
    });
    expect(serverState(t, room.roomId)).toBe(queued);
  });

  test('a participant passes their own turn; passing out of turn is refused with the engine reason', async () => {
    const { room, f, anaId, ana, ben, benId } = await circle();
    await f.request('roundStart', {
      ...oneMinuteTurns,
      order: { by: 'manual', peerIds: [anaId, benId] },
    });
    const before = serverState(t, room.roomId);
    expect(await refusalOf(ben.request('roundPass', { peerId: benId }))).toEqual({
      code: 'ROUND_REFUSED',
      roundError: 'NOT_CURRENT_SPEAKER',
    });
    expect(serverState(t, room.roomId)).toBe(before);
    const moved = ben.once('activityState', ({ state }) => speaker(state) === benId);
    await ana.request('roundPass', { peerId: anaId });
    expect(outcomes((await moved).state)).toEqual({ [anaId]: 'passed', [benId]: 'speaking' });
  });

  test('engine refusals carry the engine code and change nothing', async () => {
    const { room, f, fId } = await circle();
    expect(await refusalOf(f.request('roundNext', { peerId: fId }))).toEqual({
      code: 'ROUND_REFUSED',
      roundError: 'NO_ACTIVITY',
    });
    expect(await refusalOf(f.request('setTalkingPiece', { on: true }))).toEqual({
      code: 'ROUND_REFUSED',
      roundError: 'NO_ACTIVITY',
    });
    await f.request('roundStart', { ...oneMinuteTurns, order: { by: 'join' }, passAllowed: false });
    const before = serverState(t, room.roomId);
    expect(await refusalOf(f.request('roundPass', { peerId: fId }))).toEqual({
      code: 'ROUND_REFUSED',
      roundError: 'PASS_NOT_ALLOWED',
    });
    expect(await refusalOf(f.request('freeStart', { durationMs: 60_000 }))).toEqual({
      code: 'ROUND_REFUSED',
      roundError: 'ACTIVITY_IN_PROGRESS',
    });
    expect(serverState(t, room.roomId)).toBe(before);
  });
});

describe('who is told', () => {
  test('the lobby never receives round state; once admitted, the state comes at once', async () => {
    const { room, f, fId } = await circle();
    const raw = await rawSocket(t.server.wsUrl);
    raw.send(
      JSON.stringify({
        id: 1,
        method: 'enterLobby',
        data: { roomId: room.roomId, inviteToken: room.inviteToken, displayName: 'Zoé' },
      }),
    );
    const received: unknown[] = [];
    const entered = (await raw.next()) as { data: { peerId: string } };
    raw.send(JSON.stringify({ id: 2, method: 'acknowledgeAgreements', data: {} }));
    await f.request('roundStart', { ...oneMinuteTurns, order: { by: 'join' } });
    await f.request('roundExtend', { peerId: fId, ms: 60_000 });
    await f.request('roundNext', { peerId: fId });
    raw.send(JSON.stringify({ id: 3, method: 'getActivityState', data: {} }));
    for (;;) {
      const message = (await raw.next()) as { id?: number };
      received.push(message);
      if (message.id === 3) break;
    }
    expect(received).not.toContainEqual(expect.objectContaining({ notification: 'activityState' }));
    expect(received.at(-1)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    await f.request('admit', { peerId: entered.data.peerId });
    for (;;) {
      const message = (await raw.next()) as { notification?: string; data?: unknown };
      if (message.notification !== 'activityState') continue;
      expect(message.data).toMatchObject({
        state: { activity: { kind: 'round', speaker: expect.any(String) } },
      });
      break;
    }
    raw.ws.close();
  });

  test('speaking time goes to the facilitator only, by peer id, as running totals', async () => {
    const { room, f, ana, anaId, benId } = await circle();
    const anaSees = collect(ana, 'speakingTime');
    const rounds = t.server.rooms.get(room.roomId).rounds;
    const first = f.once('speakingTime');
    rounds.audioLevels([{ peerId: anaId }, { peerId: benId }]);
    rounds.audioLevels([{ peerId: anaId }]);
    expect(await first).toEqual({
      at: t.clock.now(),
      peers: [
        { peerId: anaId, speakingMs: 1_000 },
        { peerId: benId, speakingMs: 500 },
      ].sort((a, b) => (a.peerId < b.peerId ? -1 : 1)),
    });
    const second = f.once('speakingTime');
    rounds.audioLevels([{ peerId: benId }]);
    expect((await second).peers).toContainEqual({ peerId: benId, speakingMs: 1_000 });
    await ana.request('ping', {});
    expect(anaSees).toEqual([]);
  });

  test('a system clock stepping back never makes the engine refuse a command', async () => {
    const { room, f, fId, anaId } = await circle();
    await f.request('roundStart', { ...oneMinuteTurns, order: { by: 'join' } });
    const startedAt = serverState(t, room.roomId).at;
    t.clock.advance(-60_000);
    await f.request('roundNext', { peerId: fId });
    const state = serverState(t, room.roomId);
    expect(speaker(state)).toBe(anaId);
    expect(state.at).toBe(startedAt);
  });

  test('the server clock answers ping; lobby and strangers may ask', async () => {
    const stranger = await t.connect();
    expect(await stranger.request('ping', {})).toEqual({ serverTime: t.clock.now() });
    const room = await openRoom(t);
    const { client } = await waitInLobby(t, room, 'Yann');
    t.clock.advance(1_234);
    expect(await client.request('ping', {})).toEqual({ serverTime: t.clock.now() });
  });
});
