import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { estimateOffset, measureOffset, serverNow, type ClockSample } from './offset';

/**
 * A simulated exchange: the client's clock is `skew` behind the server's;
 * the request takes `up` ms, the server stamps its time somewhere within
 * its `work`, and the reply takes `down` ms.
 */
function exchange(
  t0: number,
  skew: number,
  up: number,
  work: number,
  stampAt: number,
  down: number,
) {
  const serverTime = t0 + up + work * stampAt + skew;
  return { t0, serverTime, t1: t0 + up + work + down } satisfies ClockSample;
}

const delay = fc.integer({ min: 0, max: 2_000 });
const trip = fc.record({
  up: delay,
  work: fc.integer({ min: 0, max: 50 }),
  stampAt: fc.double({ min: 0, max: 1, noNaN: true }),
  down: delay,
  gap: fc.integer({ min: 0, max: 5_000 }),
});

describe('clock offset', () => {
  test('an asymmetric trip puts the error within half the round trip', () => {
    const skew = 3_600_000 + 123;
    // 10 ms up, 90 ms down: the midpoint guess is 40 ms off, under the 50 ms bound.
    const offset = estimateOffset([exchange(1_000, skew, 10, 0, 0, 90)]);
    expect(offset).toEqual({ offsetMs: skew - 40, rttMs: 100, errorBoundMs: 50 });
  });

  test('the sample with the lowest round trip wins', () => {
    const skew = -42_000;
    const offset = estimateOffset([
      exchange(0, skew, 400, 0, 0, 20),
      exchange(1_000, skew, 3, 1, 0.5, 5),
      exchange(2_000, skew, 30, 0, 0, 900),
    ]);
    expect(offset?.rttMs).toBe(9);
    expect(Math.abs(offset!.offsetMs - skew)).toBeLessThanOrEqual(4.5);
  });

  test('samples with a negative or broken trip are ignored; none usable gives null', () => {
    expect(estimateOffset([])).toBeNull();
    expect(estimateOffset([{ t0: 10, serverTime: 5, t1: 9 }])).toBeNull();
    expect(estimateOffset([{ t0: 0, serverTime: Number.NaN, t1: 1 }])).toBeNull();
    expect(
      estimateOffset([
        { t0: 10, serverTime: 5, t1: 9 },
        { t0: 20, serverTime: 125, t1: 30 },
      ]),
    ).toEqual({ offsetMs: 100, rttMs: 10, errorBoundMs: 5 });
  });

  test('property: whatever the skew and the delays, the error stays within RTT/2 of the best sample', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e10, max: 1e10 }),
        fc.array(trip, { minLength: 1, maxLength: 8 }),
        (skew, trips) => {
          let t = 1_700_000_000_000;
          const samples = trips.map(({ up, work, stampAt, down, gap }) => {
            t += gap;
            const sample = exchange(t, skew, up, work, stampAt, down);
            t = sample.t1;
            return sample;
          });
          const offset = estimateOffset(samples)!;
          const best = Math.min(...samples.map((s) => s.t1 - s.t0));
          expect(offset.rttMs).toBe(best);
          expect(Math.abs(offset.offsetMs - skew)).toBeLessThanOrEqual(best / 2 + 1e-6);
          // The server time a client then reads is off by no more than the same bound.
          const local = t + 10_000;
          expect(Math.abs(serverNow(local, offset.offsetMs) - (local + skew))).toBeLessThanOrEqual(
            offset.errorBoundMs + 1e-6,
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  test('measureOffset pings the server in turn, skips failed pings, and fails only if all do', async () => {
    const skew = 7_777;
    let local = 50_000;
    const delays = [
      [200, 10],
      [5, 5],
      [60, 60],
      [1, 30],
    ];
    let call = 0;
    const ping = async () => {
      const [up, down] = delays[call++] ?? [0, 0];
      if (call === 3) throw new Error('lost');
      local += up!;
      const server = local + skew;
      local += down!;
      return server;
    };
    const offset = await measureOffset(ping, () => local, 4);
    expect(offset.rttMs).toBe(10);
    expect(offset.offsetMs).toBe(skew);
    await expect(
      measureOffset(
        () => Promise.reject(new Error('down')),
        () => 0,
        2,
      ),
    ).rejects.toThrow('down');
  });
});
