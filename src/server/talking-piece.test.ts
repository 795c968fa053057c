import { afterEach, describe, expect, test } from 'vitest';
import type { SignalingClient } from '../shared/signaling/client';
import type { SessionServerOptions } from './server';
import {
  admitted,
  mediaSkipReason,
  openRoom,
  startTestServer,
  type TestServer,
} from './testing/harness';
import { opus, setUpMedia } from './testing/media';
import { collect, oneMinuteTurns, refusalOf } from './testing/rounds';

const skip = mediaSkipReason();
if (skip) console.log(`talking-piece media tests skipped: ${skip}`);

let t: TestServer | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** Facilitator, a co-facilitator and two participants in the call. */
async function group(options: Partial<SessionServerOptions> = {}) {
  t = await startTestServer(options);
  const room = await openRoom(t);
  const f = room.facilitator;
  const co = await admitted(t, room, 'Côme');
  await f.request('setRole', { peerId: co.seat.peerId, role: 'cofacilitator' });
  const ana = await admitted(t, room, 'Ana');
  const ben = await admitted(t, room, 'Ben');
  const rounds = t.server.rooms.get(room.roomId).rounds;
  return {
    t,
    room,
    f,
    fId: room.created.peerId,
    co,
    ana,
    ben,
    rounds,
    held: () => [...rounds.heldByTalkingPiece].sort(),
  };
}

const sorted = (...ids: string[]) => [...ids].sort();

describe('talking-piece mode (who it holds)', () => {
  test('off by default; on, it holds every participant but the speaker, follows the speaker, and lets go at the end', async () => {
    const { room, f, co, ana, ben, rounds, held } = await group();
    const order = { by: 'manual' as const, peerIds: [ana.seat.peerId, ben.seat.peerId] };
    await f.request('roundStart', { ...oneMinuteTurns, order });
    expect(rounds.talkingPiece).toBe(false);
    expect(held()).toEqual([]);
    await f.request('roundEnd', {});

    const told = ben.client.once('activityState', (s) => s.talkingPiece);
    await f.request('roundStart', { ...oneMinuteTurns, order, talkingPiece: true });
    await told;
    expect(held()).toEqual([ben.seat.peerId]);

    await co.client.request('roundNext', { peerId: ana.seat.peerId });
    expect(held()).toEqual([ana.seat.peerId]);

    // Someone admitted mid-round is held at once; a participant made co-facilitator is let go.
    t!.clock.advance(5_000);
    const late = await admitted(t!, room, 'Lou');
    expect(held()).toEqual(sorted(ana.seat.peerId, late.seat.peerId));
    await f.request('setRole', { peerId: late.seat.peerId, role: 'cofacilitator' });
    expect(held()).toEqual([ana.seat.peerId]);
    await f.request('setRole', { peerId: co.seat.peerId, role: 'participant' });
    expect(held()).toEqual(sorted(ana.seat.peerId, co.seat.peerId));

    await f.request('setTalkingPiece', { on: false });
    expect(held()).toEqual([]);
    await f.request('setTalkingPiece', { on: true });
    expect(held()).toEqual(sorted(ana.seat.peerId, co.seat.peerId));

    const off = ana.client.once('activityState', (s) => s.state.activity === null);
    await f.request('roundEnd', {});
    expect((await off).talkingPiece).toBe(false);
    expect(held()).toEqual([]);
  });

  test('works in an open floor too, not in free time', async () => {
    const { f, ana, ben, held } = await group();
    await f.request('floorStart', { turnMs: null, talkingPiece: true });
    expect(held()).toEqual(sorted(ana.seat.peerId, ben.seat.peerId));
    await f.request('floorGiveFloor', { peerId: ben.seat.peerId });
    expect(held()).toEqual([ana.seat.peerId]);
    await f.request('floorEnd', {});
    await f.request('freeStart', { durationMs: 60_000 });
    expect(await refusalOf(f.request('setTalkingPiece', { on: true }))).toEqual({
      code: 'ROUND_REFUSED',
      roundError: 'WRONG_KIND',
    });
  });
});

/** Sends a microphone and returns its producer id. */
async function microphone(client: SignalingClient, ssrc: number): Promise<string> {
  const media = await setUpMedia(client, { sendVideo: false, receiveVideo: true });
  const { producerId } = await client.request('produce', {
    transportId: media.send.transportId,
    kind: 'audio',
    rtpParameters: opus(ssrc),
  });
  return producerId;
}

describe.skipIf(skip !== undefined)('talking-piece mode (real mediasoup worker)', () => {
  test('pauses the non-speakers at the server, moves with the speaker, restores on off and end, and keeps a hand-held pause', async () => {
    const { room, f, fId, co, ana, ben } = await group({ workers: 1, mediaPort: 0 });
    const media = t!.server.rooms.get(room.roomId).media();
    const consumersAtF = collect(f, 'newConsumer');
    await microphone(f, 1000);
    await microphone(co.client, 2000);
    await microphone(ana.client, 3000);
    const benMic = await microphone(ben.client, 4000);
    await f.request('ping', {});
    const consumerOf = (peerId: string) =>
      consumersAtF.find((c) => c.peerId === peerId)!.consumerId;
    for (const consumer of consumersAtF) {
      await f.request('resumeConsumer', { consumerId: consumer.consumerId });
    }
    const paused = () =>
      Object.fromEntries(
        [fId, co.seat.peerId, ana.seat.peerId, ben.seat.peerId].map((id) => [
          id,
          media.producerOf(id, 'audio')?.paused,
        ]),
      );
    const expectPaused = (...ids: string[]) =>
      expect(paused()).toEqual({
        [fId]: false,
        [co.seat.peerId]: false,
        [ana.seat.peerId]: ids.includes(ana.seat.peerId),
        [ben.seat.peerId]: ids.includes(ben.seat.peerId),
      });

    // On: Ana speaks, Ben is paused at the server, told why, and cannot unmute himself.
    const benConsumerPaused = f.once(
      'consumerPaused',
      (c) => c.consumerId === consumerOf(ben.seat.peerId),
    );
    const benTold = ben.client.once('heldPaused');
    const order = { by: 'manual' as const, peerIds: [ana.seat.peerId, ben.seat.peerId] };
    await f.request('roundStart', { ...oneMinuteTurns, order, talkingPiece: true });
    expectPaused(ben.seat.peerId);
    await benConsumerPaused;
    expect(await benTold).toEqual({ kind: 'audio', reasons: ['talkingPiece'] });
    expect(await refusalOf(ben.client.request('resumeProducer', { producerId: benMic }))).toEqual({
      code: 'FORBIDDEN',
    });

    // The speaker changes: Ben flows again, Ana is paused.
    const anaConsumerPaused = f.once(
      'consumerPaused',
      (c) => c.consumerId === consumerOf(ana.seat.peerId),
    );
    const benConsumerResumed = f.once(
      'consumerResumed',
      (c) => c.consumerId === consumerOf(ben.seat.peerId),
    );
    await f.request('roundNext', { peerId: ana.seat.peerId });
    expectPaused(ana.seat.peerId);
    await Promise.all([anaConsumerPaused, benConsumerResumed]);

    // Off: everyone the mode held flows again.
    const anaReleased = ana.client.once('heldPaused', (h) => h.reasons.length === 0);
    await f.request('setTalkingPiece', { on: false });
    expectPaused();
    await anaReleased;

    // The facilitator pauses Ana by hand; the mode comes and goes; Ana stays paused.
    await f.request('setPausedByServer', { peerId: ana.seat.peerId, kind: 'audio', paused: true });
    await f.request('setTalkingPiece', { on: true });
    expectPaused(ana.seat.peerId);
    const anaStillHeld = ana.client.once('heldPaused', (h) => h.reasons.length === 1);
    await f.request('roundEnd', {});
    expectPaused(ana.seat.peerId);
    expect(await anaStillHeld).toEqual({ kind: 'audio', reasons: ['facilitator'] });
    await f.request('setPausedByServer', { peerId: ana.seat.peerId, kind: 'audio', paused: false });
    expectPaused();
  });

  test('someone who joins mid-round while the mode is on sends a microphone that starts paused', async () => {
    const { room, f, ana } = await group({ workers: 1, mediaPort: 0 });
    const order = { by: 'manual' as const, peerIds: [ana.seat.peerId] };
    await f.request('roundStart', { ...oneMinuteTurns, order, talkingPiece: true });
    t!.clock.advance(5_000);
    const late = await admitted(t!, room, 'Lou');
    const told = late.client.once('heldPaused');
    await microphone(late.client, 5000);
    expect(await told).toEqual({ kind: 'audio', reasons: ['talkingPiece'] });
    const media = t!.server.rooms.get(room.roomId).media();
    expect(media.producerOf(late.seat.peerId, 'audio')?.paused).toBe(true);
    // The speaker who muted herself stays muted when the mode lets her go.
    const anaMic = await microphone(ana.client, 6000);
    await ana.client.request('pauseProducer', { producerId: anaMic });
    await f.request('roundEnd', {});
    expect(media.producerOf(ana.seat.peerId, 'audio')?.paused).toBe(true);
    expect(media.producerOf(late.seat.peerId, 'audio')?.paused).toBe(false);
  });
});
