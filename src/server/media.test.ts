import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { NotificationData } from '../shared/signaling';
import { type SignalingClient } from '../shared/signaling/client';
import { SignalingError } from '../shared/signaling/errors';
import {
  healthOf,
  metricsOf,
  admitted,
  mediaSkipReason,
  openRoom,
  startTestServer,
  type TestServer,
} from './testing/harness';
import { opus, setUpMedia, vp8Simulcast } from './testing/media';

const skip = mediaSkipReason();
if (skip) console.log(`media tests skipped: ${skip}`);

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SignalingError) return error.code;
    throw error;
  }
  throw new Error('expected a refusal');
}

let t: TestServer;
beforeEach(async () => {
  if (skip) return;
  t = await startTestServer({ workers: 1, mediaPort: 0 });
});
afterEach(async () => {
  if (!skip) await t.close();
});

describe.skipIf(skip !== undefined)('media (real mediasoup worker)', () => {
  test('transports go through the WebRtcServer on 127.0.0.1, and the order of steps is enforced', async () => {
    const room = await openRoom(t);
    const f = room.facilitator;
    const send = await f.request('createTransport', { direction: 'send' });
    expect(send.iceCandidates.map((c) => [c.address, c.protocol])).toEqual([
      ['127.0.0.1', 'udp'],
      ['127.0.0.1', 'tcp'],
    ]);
    expect(
      await refusal(
        f.request('produce', {
          transportId: send.transportId,
          kind: 'audio',
          rtpParameters: opus(1000),
        }),
      ),
    ).toBe('OUT_OF_ORDER');
    const { rtpCapabilities } = await f.request('getRouterRtpCapabilities', {});
    expect(rtpCapabilities.codecs?.map((c) => c.mimeType)).toEqual(
      expect.arrayContaining(['audio/opus', 'video/VP8']),
    );
    expect(
      await refusal(
        f.request('startMedia', { rtpCapabilities, sendVideo: true, receiveVideo: true }),
      ),
    ).toBe('OUT_OF_ORDER');
    expect(
      await refusal(
        f.request('connectTransport', {
          transportId: 'nope',
          dtlsParameters: { fingerprints: [{ algorithm: 'sha-256', value: 'AA' }] },
        }),
      ),
    ).toBe('NOT_FOUND');
  });

  test('producers reach the others as paused consumers; audio-only sends no video; the facilitator can hold a mic paused', async () => {
    const room = await openRoom(t);
    const f = room.facilitator;
    const { client: p, seat: pSeat } = await admitted(t, room, 'Paul');
    const { client: a } = await admitted(t, room, 'Alix');
    await setUpMedia(f);
    const pMedia = await setUpMedia(p);
    const audioOnly = room.facilitator.once('roomState', ({ state }) =>
      state.peers.some((peer) => peer.displayName === 'Alix' && peer.audioOnly),
    );
    const aMedia = await setUpMedia(a, { sendVideo: false, receiveVideo: true });
    await audioOnly;

    const fConsumers = collect(f, 'newConsumer');
    const aConsumers = collect(a, 'newConsumer');
    const micId = (
      await p.request('produce', {
        transportId: pMedia.send.transportId,
        kind: 'audio',
        rtpParameters: opus(2000),
      })
    ).producerId;
    await p.request('produce', {
      transportId: pMedia.send.transportId,
      kind: 'video',
      rtpParameters: vp8Simulcast(3000),
    });
    await p.request('ping', {});
    expect(fConsumers.map((c) => [c.kind, c.peerId])).toEqual([
      ['audio', pSeat.peerId],
      ['video', pSeat.peerId],
    ]);
    expect(aConsumers.map((c) => c.kind)).toEqual(['audio', 'video']);
    for (const consumer of fConsumers)
      await f.request('resumeConsumer', { consumerId: consumer.consumerId });
    const video = fConsumers.find((c) => c.kind === 'video')!;
    expect(video.rtpParameters.encodings).toHaveLength(1);
    await f.request('setConsumerPreferredLayers', {
      consumerId: video.consumerId,
      spatialLayer: 0,
    });

    expect(
      await refusal(
        a.request('produce', {
          transportId: aMedia.send.transportId,
          kind: 'video',
          rtpParameters: vp8Simulcast(4000),
        }),
      ),
    ).toBe('OUT_OF_ORDER');
    await a.request('produce', {
      transportId: aMedia.send.transportId,
      kind: 'audio',
      rtpParameters: opus(5000),
    });

    const fAudio = fConsumers[0]!.consumerId;
    const paused = f.once('consumerPaused', ({ consumerId }) => consumerId === fAudio);
    const told = p.once('pausedByServer');
    await f.request('setPausedByServer', { peerId: pSeat.peerId, kind: 'audio', paused: true });
    await paused;
    expect(await told).toEqual({ kind: 'audio', paused: true });
    expect(await refusal(p.request('resumeProducer', { producerId: micId }))).toBe('FORBIDDEN');
    const resumed = f.once('consumerResumed', ({ consumerId }) => consumerId === fAudio);
    await t.server.rooms.get(room.roomId).setPausedByServer(pSeat.peerId, 'audio', false);
    await resumed;

    const metrics = await metricsOf(t.server);
    expect(metrics).toContain('cercle_producers{kind="audio"} 2');
    expect(metrics).toContain('cercle_producers{kind="video"} 1');
    expect(metrics).toMatch(/cercle_worker_cpu_seconds\{worker="0"\} [\d.]+/);

    const pConsumers = fConsumers.filter((c) => c.peerId === pSeat.peerId).map((c) => c.consumerId);
    const closed = pConsumers.map((id) =>
      f.once('consumerClosed', ({ consumerId }) => consumerId === id),
    );
    await p.request('leave', {});
    await Promise.all(closed);
  });

  test('a paused mic stays paused across a reconnect; receiving no video closes video consumers', async () => {
    const room = await openRoom(t);
    const f = room.facilitator;
    const { client: p, seat } = await admitted(t, room, 'Pia');
    const fMedia = await setUpMedia(f);
    const pMedia = await setUpMedia(p);
    await f.request('produce', {
      transportId: fMedia.send.transportId,
      kind: 'video',
      rtpParameters: vp8Simulcast(6000),
    });
    await p.request('produce', {
      transportId: pMedia.send.transportId,
      kind: 'audio',
      rtpParameters: opus(7000),
    });
    await f.request('setPausedByServer', { peerId: seat.peerId, kind: 'audio', paused: true });

    p.close();
    const again = await t.connect();
    await again.request('reconnect', {
      roomId: room.roomId,
      peerId: seat.peerId,
      reconnectToken: seat.reconnectToken,
    });
    const offered = collect(again, 'newConsumer');
    const media = await setUpMedia(again);
    expect(offered.map((c) => c.kind)).toEqual(['video']);
    const told = again.once('pausedByServer');
    const fOffer = f.once('newConsumer');
    await again.request('produce', {
      transportId: media.send.transportId,
      kind: 'audio',
      rtpParameters: opus(8000),
    });
    expect(await told).toEqual({ kind: 'audio', paused: true });
    expect(await fOffer).toMatchObject({ kind: 'audio', producerPaused: true });

    const closed = again.once('consumerClosed');
    await again.request('setMediaPreferences', { receiveVideo: false });
    expect(await closed).toEqual({ consumerId: offered[0]!.consumerId });
  });

  test('a dead worker is replaced; its rooms are told to set media up again, and can', async () => {
    const room = await openRoom(t);
    await setUpMedia(room.facilitator);
    const reset = room.facilitator.once('mediaReset');
    const [pid] = t.server.mediaWorkerPids();
    process.kill(pid!, 'SIGKILL');
    expect(await reset).toEqual({ reason: 'worker-died' });
    await vi.waitFor(
      async () => {
        const health = await healthOf(t.server);
        expect(health).toMatchObject({ status: 'ok', workersAlive: 1 });
      },
      { timeout: 10_000 },
    );
    expect(t.server.mediaWorkerPids()).not.toContain(pid);
    const again = await setUpMedia(room.facilitator);
    expect(again.send.iceCandidates.length).toBeGreaterThan(0);
  });
});

function collect(client: SignalingClient, name: 'newConsumer') {
  const seen: Array<NotificationData<'newConsumer'>> = [];
  client.on(name, (data) => seen.push(data));
  return seen;
}
