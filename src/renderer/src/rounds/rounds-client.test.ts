import { describe, expect, test } from 'vitest';
import { createState, type EngineState } from '../../../shared/rounds';
import { joined, play, roundStart } from '../../../shared/rounds/testing';
import type { NotificationData, NotificationName } from '../../../shared/signaling';
import { SignalingError } from '../../../shared/signaling/errors';
import { RoundsClient } from './rounds-client';
import type { RoundsLink } from './rounds-link';

/** A room link whose server clock runs `skew` ms ahead, with `trip` ms each way. */
function fakeLink(options: { skew: number; trip: number; clock: { now: number } }) {
  const listeners = new Map<string, Set<(data: unknown) => void>>();
  const sent: { method: string; data: unknown }[] = [];
  let state: EngineState = createState(0);
  let refuse: SignalingError | null = null;
  const link: RoundsLink = {
    request: (async (method: string, data: unknown) => {
      sent.push({ method, data });
      options.clock.now += options.trip;
      const serverTime = options.clock.now + options.skew;
      options.clock.now += options.trip;
      if (method === 'ping') return { serverTime };
      if (method === 'getActivityState') return { state, serverTime, talkingPiece: false };
      if (refuse) throw refuse;
      return {};
    }) as RoundsLink['request'],
    onNotification: ((name: string, listener: (data: unknown) => void) => {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      set.add(listener);
      return () => set.delete(listener);
    }) as RoundsLink['onNotification'],
  };
  return {
    link,
    sent,
    setState: (next: EngineState) => (state = next),
    refuseNext: (error: SignalingError | null) => (refuse = error),
    push<N extends NotificationName>(name: N, data: NotificationData<N>) {
      for (const listener of listeners.get(name) ?? []) listener(data);
    },
  };
}

/** Resolves once the client's snapshot satisfies `accept`. */
function until(client: RoundsClient, accept: (c: RoundsClient) => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (accept(client)) return resolve();
    const stop = client.subscribe(() => {
      if (!accept(client)) return;
      stop();
      resolve();
    });
  });
}
const t0 = 1_750_000_000_000;

describe('RoundsClient', () => {
  test('places the page on the server clock from pings, whatever its own clock says', async () => {
    const clock = { now: 5_000 };
    const fake = fakeLink({ skew: t0, trip: 4, clock });
    const client = RoundsClient.create({
      link: fake.link,
      selfId: 'ana',
      localNow: () => clock.now,
      resampleMs: 0,
    });
    await until(client, (c) => c.getSnapshot().clock !== null);
    expect(client.getSnapshot().clock?.rttMs).toBe(8);
    expect(client.serverNow() - (clock.now + t0)).toBeLessThanOrEqual(4);
    client.dispose();
  });

  test('keeps the newest state: a late reply never replaces a newer push', async () => {
    const clock = { now: t0 };
    const fake = fakeLink({ skew: 0, trip: 1, clock });
    const older = play(joined(['ana', 'ben'], t0));
    const newer = play([roundStart(t0 + 10)], older);
    fake.setState(older);
    const client = RoundsClient.create({
      link: fake.link,
      selfId: 'ana',
      localNow: () => clock.now,
      resampleMs: 0,
    });
    fake.push('activityState', { state: newer, serverTime: t0 + 10, talkingPiece: true });
    // The reply to the first request carries the older state.
    await client.refresh();
    expect(client.getSnapshot().state).toBe(newer);
    expect(client.getSnapshot().talkingPiece).toBe(true);
    client.dispose();
  });

  test('names the speaker it shows in turn commands, and says why the server refused', async () => {
    const clock = { now: t0 };
    const fake = fakeLink({ skew: 0, trip: 1, clock });
    const client = RoundsClient.create({
      link: fake.link,
      selfId: 'ana',
      localNow: () => clock.now,
      resampleMs: 0,
    });
    fake.push('activityState', {
      state: play([...joined(['ana', 'ben'], t0), roundStart(t0, 60_000)]),
      serverTime: t0,
      talkingPiece: false,
    });
    expect(await client.next()).toBe(true);
    expect(await client.extend(30_000)).toBe(true);
    expect(fake.sent.filter((s) => s.method.startsWith('round'))).toEqual([
      { method: 'roundNext', data: { peerId: 'ana' } },
      { method: 'roundExtend', data: { peerId: 'ana', ms: 30_000 } },
    ]);
    fake.refuseNext(
      new SignalingError('ROUND_REFUSED', 'no', { roundError: 'NOT_CURRENT_SPEAKER' }),
    );
    expect(await client.pass()).toBe(false);
    expect(client.getSnapshot().refusal).toEqual({ serial: 1, code: 'NOT_CURRENT_SPEAKER' });
    client.dispose();
  });

  test('knows when talking-piece mode holds this person’s microphone', () => {
    const clock = { now: t0 };
    const fake = fakeLink({ skew: 0, trip: 1, clock });
    const client = RoundsClient.create({
      link: fake.link,
      selfId: 'ana',
      localNow: () => clock.now,
      resampleMs: 0,
    });
    fake.push('heldPaused', { kind: 'audio', reasons: ['talkingPiece'] });
    expect(client.getSnapshot().micHeld).toEqual(['talkingPiece']);
    fake.push('heldPaused', { kind: 'video', reasons: ['facilitator'] });
    expect(client.getSnapshot().micHeld).toEqual(['talkingPiece']);
    fake.push('heldPaused', { kind: 'audio', reasons: [] });
    expect(client.getSnapshot().micHeld).toEqual([]);
    client.dispose();
  });
});
