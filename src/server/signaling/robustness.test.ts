import fc from 'fast-check';
import WebSocket from 'ws';
import { afterEach, describe, expect, test } from 'vitest';
import {
  clientEnvelopeSchema,
  closeCodes,
  isMethod,
  maxMessageBytes,
  methods,
  requests,
  roundRequests,
  type Method,
} from '../../shared/signaling';
import {
  metricsOf,
  admitted,
  openRoom,
  rawSocket,
  startTestServer,
  type TestServer,
} from '../testing/harness';

let t: TestServer | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

type Reply = { id: number | null; ok: boolean; error?: { code: string } };
const isReply = (message: unknown): message is Reply =>
  typeof message === 'object' && message !== null && 'ok' in message;

/** A message that would be accepted as a well-formed request is not malformed. */
function isWellFormed(frame: string | Uint8Array): boolean {
  if (typeof frame !== 'string') return false;
  try {
    const envelope = clientEnvelopeSchema.safeParse(JSON.parse(frame));
    if (!envelope.success || !isMethod(envelope.data.method)) return false;
    return requests[envelope.data.method].data.safeParse(envelope.data.data ?? {}).success;
  } catch {
    return false;
  }
}

const anyId = fc.oneof(fc.nat(), fc.integer(), fc.double(), fc.string(), fc.constant(null));
const anyMethod = fc.oneof(fc.constantFrom(...methods), fc.string({ maxLength: 80 }));
const malformed: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  fc.string({ maxLength: 200, unit: 'binary' }),
  fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
  fc
    .record(
      { id: anyId, method: anyMethod, data: fc.jsonValue({ maxDepth: 4 }), extra: fc.jsonValue() },
      { requiredKeys: [] },
    )
    .map((value) => JSON.stringify(value)),
  fc
    .record({ id: fc.nat(), method: fc.constantFrom(...methods), data: fc.object({ maxDepth: 3 }) })
    .map((value) => JSON.stringify(value)),
  fc.uint8Array({ maxLength: 200 }),
  // Round commands with the right keys and wrong values (the well-formed ones are filtered out).
  fc
    .record({
      id: fc.nat(),
      method: fc.constantFrom(...(Object.keys(roundRequests) as Method[])),
      data: fc.record(
        {
          peerId: fc.oneof(fc.string({ maxLength: 80 }), fc.integer(), fc.constant(null)),
          peerIds: fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 4 }),
          ms: fc.oneof(fc.integer(), fc.constantFrom(30_000, 60_000, 300_000)),
          turnMs: fc.oneof(fc.integer(), fc.double(), fc.constant(null)),
          durationMs: fc.integer(),
          order: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant({ by: 'random', seed: 1 })),
          passAllowed: fc.jsonValue({ maxDepth: 1 }),
          lateJoiners: fc.string({ maxLength: 8 }),
          talkingPiece: fc.jsonValue({ maxDepth: 1 }),
          on: fc.jsonValue({ maxDepth: 1 }),
        },
        { requiredKeys: [] },
      ),
    })
    .map((value) => JSON.stringify(value)),
);

describe('malformed input', () => {
  test('10,000 malformed messages: each refused, nothing changes, the server and another room carry on', async () => {
    t = await startTestServer({ rateLimit: { capacity: 1e9, refillPerSecond: 1e9 } });
    const roomA = await openRoom(t, 'A');
    const roomB = await openRoom(t, 'B');
    const { client: bPeer } = await admitted(t, roomB, 'Bea');

    // The fuzzing connection holds a real seat in room A, so handlers behind the role check are reached.
    const raw = await rawSocket(t.server.wsUrl);
    raw.send(
      JSON.stringify({
        id: 1,
        method: 'enterLobby',
        data: { roomId: roomA.roomId, inviteToken: roomA.inviteToken, displayName: 'Fuzz' },
      }),
    );
    const entered = (await nextReply(raw)) as Reply & { data: { peerId: string } };
    raw.send(JSON.stringify({ id: 2, method: 'acknowledgeAgreements', data: {} }));
    await nextReply(raw);
    await roomA.facilitator.request('admit', { peerId: entered.data.peerId });
    // A round under way, so the round methods reach a live engine (the fuzzer is in the order).
    await roomA.facilitator.request('roundStart', {
      order: { by: 'join' },
      turnMs: 60_000,
      passAllowed: true,
      lateJoiners: 'append',
      talkingPiece: true,
    });

    const stateA = t.server.rooms.get(roomA.roomId).state();
    const stateB = t.server.rooms.get(roomB.roomId).state();
    const roundA = t.server.rooms.get(roomA.roomId).rounds.state;
    const roundB = t.server.rooms.get(roomB.roomId).rounds.state;
    const frames = fc
      .sample(malformed, { numRuns: 12_000, seed: 20_250_106 })
      .filter((frame) => !isWellFormed(frame))
      .slice(0, 10_000);
    expect(frames).toHaveLength(10_000);

    const codes = new Map<string, number>();
    for (let start = 0; start < frames.length; start += 100) {
      const batch = frames.slice(start, start + 100);
      for (const frame of batch) raw.send(typeof frame === 'string' ? frame : Buffer.from(frame));
      for (let i = 0; i < batch.length; i += 1) {
        const reply = await nextReply(raw);
        expect(reply.ok).toBe(false);
        const code = reply.error?.code ?? 'none';
        codes.set(code, (codes.get(code) ?? 0) + 1);
      }
    }
    expect(raw.ws.readyState).toBe(WebSocket.OPEN);
    expect([...codes.keys()].sort()).toEqual(
      expect.arrayContaining(['BAD_REQUEST', 'INVALID_DATA', 'UNKNOWN_METHOD']),
    );

    const health = await fetch(`${t.server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(t.server.rooms.get(roomA.roomId).state()).toEqual(stateA);
    expect(t.server.rooms.get(roomB.roomId).state()).toEqual(stateB);
    expect(t.server.rooms.get(roomA.roomId).rounds.state).toBe(roundA);
    expect(t.server.rooms.get(roomB.roomId).rounds.state).toBe(roundB);
    expect(t.server.rooms.get(roomA.roomId).rounds.talkingPiece).toBe(true);
    await expect(bPeer.request('ping', {})).resolves.toHaveProperty('serverTime');
    await roomB.facilitator.request('lockRoom', { locked: true });
    expect(t.server.rooms.get(roomB.roomId).locked).toBe(true);
    raw.ws.close();
  }, 60_000);

  test('typical mistakes get a precise error and the id back when there is one', async () => {
    t = await startTestServer();
    const raw = await rawSocket(t.server.wsUrl);
    raw.send('{not json');
    expect(await nextReply(raw)).toMatchObject({
      id: null,
      ok: false,
      error: { code: 'BAD_REQUEST' },
    });
    raw.send(JSON.stringify({ id: 7, method: 'fly', data: {} }));
    expect(await nextReply(raw)).toMatchObject({ id: 7, error: { code: 'UNKNOWN_METHOD' } });
    raw.send(JSON.stringify({ id: 8, method: 'enterLobby', data: { roomId: 'x' } }));
    expect(await nextReply(raw)).toMatchObject({ id: 8, error: { code: 'INVALID_DATA' } });
    raw.send(JSON.stringify({ id: 9, method: 'produce', data: {} }));
    expect(await nextReply(raw)).toMatchObject({ id: 9, error: { code: 'FORBIDDEN' } });
    raw.send(JSON.stringify({ id: 10, method: 'ping', data: {}, sneaky: true }));
    expect(await nextReply(raw)).toMatchObject({ id: 10, error: { code: 'BAD_REQUEST' } });
    raw.send(Buffer.from([1, 2, 3]));
    expect(await nextReply(raw)).toMatchObject({ id: null, error: { code: 'BAD_REQUEST' } });
  });
});

describe('limits', () => {
  test('a message over 64 KiB closes that connection only, with a reason', async () => {
    t = await startTestServer();
    const room = await openRoom(t);
    const raw = await rawSocket(t.server.wsUrl);
    raw.send(JSON.stringify({ id: 1, method: 'ping', data: { pad: 'x'.repeat(maxMessageBytes) } }));
    const closed = await raw.closed;
    expect(closed.code).toBe(1009);
    expect(closed.reason).not.toBe('');
    await expect(room.facilitator.request('ping', {})).resolves.toHaveProperty('serverTime');
  });

  test('a flood is closed by the rate limit with a reason; others are unaffected', async () => {
    t = await startTestServer();
    const room = await openRoom(t);
    const raw = await rawSocket(t.server.wsUrl);
    const ping = JSON.stringify({ id: 1, method: 'ping', data: {} });
    for (let i = 0; i < 1_000; i += 1) raw.send(ping);
    expect(await raw.closed).toEqual({ code: closeCodes.rateLimited, reason: 'Too many messages' });
    await expect(room.facilitator.request('ping', {})).resolves.toHaveProperty('serverTime');
    const metrics = await metricsOf(t.server);
    expect(metrics).toContain('cercle_signaling_errors_total{code="RATE_LIMITED"} 1');
  });

  test('heartbeats cut a connection that stops answering, and keep a live one', async () => {
    t = await startTestServer({ heartbeatMs: 30 });
    const dead = await rawSocket(t.server.wsUrl, { autoPong: false });
    const live = await rawSocket(t.server.wsUrl);
    let pings = 0;
    const threePings = new Promise<void>((resolve) =>
      live.ws.on('ping', () => {
        pings += 1;
        if (pings === 3) resolve();
      }),
    );
    expect((await dead.closed).code).toBe(1006);
    await threePings;
    expect(live.ws.readyState).toBe(WebSocket.OPEN);
  });
});

async function nextReply(raw: Awaited<ReturnType<typeof rawSocket>>): Promise<Reply> {
  for (;;) {
    const message = await raw.next();
    if (isReply(message)) return message;
  }
}
