import { describe, expect, test } from 'vitest';
import { DownlinkWatch, rampUpGraceMs, weakDownlinkBps, weakDownlinkForMs } from './downlink';

const weak = (at: number) => ({ at, availableBitrate: 60_000, desiredBitrate: 400_000 });

describe('a downlink too weak for video', () => {
  test('is judged once, after staying under the floor for the whole window', () => {
    const watch = new DownlinkWatch();
    expect(watch.record(weak(0))).toBe(false);
    expect(watch.record(weak(weakDownlinkForMs - 1))).toBe(false);
    expect(watch.record(weak(weakDownlinkForMs))).toBe(true);
    expect(watch.record(weak(weakDownlinkForMs + 5_000))).toBe(false);
  });

  test('a good estimate in between starts the window again', () => {
    const watch = new DownlinkWatch();
    watch.record(weak(0));
    watch.record({ at: 6_000, availableBitrate: weakDownlinkBps + 1, desiredBitrate: 400_000 });
    expect(watch.record(weak(7_000))).toBe(false);
    expect(watch.record(weak(7_000 + weakDownlinkForMs))).toBe(true);
  });

  test('a low estimate is not weakness when video wants no more (nothing to receive)', () => {
    const watch = new DownlinkWatch();
    const idle = (at: number) => ({ at, availableBitrate: 50_000, desiredBitrate: 40_000 });
    expect(watch.record(idle(0))).toBe(false);
    expect(watch.record(idle(weakDownlinkForMs * 2))).toBe(false);
  });

  test('asking for video again judges afresh, once the estimate had time to climb', () => {
    const watch = new DownlinkWatch();
    watch.record(weak(0));
    expect(watch.record(weak(weakDownlinkForMs))).toBe(true);
    const again = weakDownlinkForMs + 1;
    watch.rearm(again);
    expect(watch.record(weak(again + weakDownlinkForMs))).toBe(false);
    const graceOver = again + rampUpGraceMs;
    expect(watch.record(weak(graceOver))).toBe(false);
    expect(watch.record(weak(graceOver + weakDownlinkForMs - 1))).toBe(false);
    expect(watch.record(weak(graceOver + weakDownlinkForMs))).toBe(true);
  });
});
