import { describe, expect, test } from 'vitest';
import { createState, reduce, type EngineState } from '../rounds';
import { activityCountdown, clockFace, countdownOf } from './countdown';
import { estimateOffset, serverNow } from './offset';

const t = 1_736_186_400_000;

function apply(state: EngineState, ...events: Parameters<typeof reduce>[1][]): EngineState {
  for (const event of events) {
    const result = reduce(state, event);
    if (!result.ok) throw new Error(result.error.code);
    state = result.state;
  }
  return state;
}

/** A round of 2-minute turns for two people, started at `t`. */
const round = apply(
  createState(t - 1_000),
  { type: 'peer.joined', peerId: 'ana', at: t - 1_000 },
  { type: 'peer.joined', peerId: 'ben', at: t - 1_000 },
  {
    type: 'round.start',
    order: { by: 'join' },
    turnMs: 120_000,
    passAllowed: true,
    lateJoiners: 'append',
    at: t,
  },
);

describe('countdown view model', () => {
  test('time left comes from endsAt: normal, wrap-up at the last 30 s, then overtime', () => {
    expect(activityCountdown(round, t + 1_000)).toEqual({
      remainingMs: 119_000,
      elapsedMs: 1_000,
      durationMs: 120_000,
      running: true,
      phase: 'normal',
    });
    expect(activityCountdown(round, t + 90_000)?.phase).toBe('wrapUp');
    expect(activityCountdown(round, t + 120_000)?.phase).toBe('overtime');
    expect(activityCountdown(round, t + 125_000)?.remainingMs).toBe(-5_000);
    expect(activityCountdown(createState(t), t)).toBeNull();
  });

  test('a paused turn shows the same time left however late it is read', () => {
    const paused = apply(round, { type: 'round.pause', at: t + 30_000 });
    const early = activityCountdown(paused, t + 31_000);
    const late = activityCountdown(paused, t + 3_600_000);
    expect(early).toEqual(late);
    expect(early).toMatchObject({ remainingMs: 90_000, running: false, phase: 'normal' });
  });

  test('a client whose clock reads slightly before the turn began shows the full time, not more', () => {
    expect(activityCountdown(round, t - 300)?.remainingMs).toBe(120_000);
  });

  test('an open floor without a limit is a stopwatch', () => {
    const floor = apply(
      createState(t),
      { type: 'peer.joined', peerId: 'ana', at: t },
      { type: 'floor.start', turnMs: null, at: t },
      { type: 'floor.giveFloor', peerId: 'ana', at: t },
    );
    expect(activityCountdown(floor, t + 4_000)).toEqual({
      remainingMs: null,
      elapsedMs: 4_000,
      durationMs: null,
      running: true,
      phase: null,
    });
  });

  test('two clients with skewed clocks and different links show the same time within their error bounds', () => {
    const clients = [
      { skew: -5_000, up: 8, down: 40 },
      { skew: 86_400_000, up: 120, down: 15 },
    ].map(({ skew, up, down }) => {
      const t0 = t - skew;
      const offset = estimateOffset([{ t0, serverTime: t + up, t1: t0 + up + down }])!;
      return { skew, offset };
    });
    const atServer = t + 42_000;
    const shown = clients.map(({ skew, offset }) => {
      const local = atServer - skew;
      return activityCountdown(round, serverNow(local, offset.offsetMs))!.remainingMs!;
    });
    const bound = clients.reduce((sum, c) => sum + c.offset.errorBoundMs, 0);
    expect(Math.abs(shown[0]! - shown[1]!)).toBeLessThanOrEqual(bound);
  });

  test('the clock face rounds time left up and counts overtime up from zero', () => {
    expect(clockFace(61_000)).toEqual({ overtime: false, minutes: 1, seconds: 1 });
    expect(clockFace(60_001)).toEqual({ overtime: false, minutes: 1, seconds: 1 });
    expect(clockFace(1)).toEqual({ overtime: false, minutes: 0, seconds: 1 });
    expect(clockFace(0)).toEqual({ overtime: false, minutes: 0, seconds: 0 });
    expect(clockFace(-999)).toEqual({ overtime: true, minutes: 0, seconds: 0 });
    expect(clockFace(-75_000)).toEqual({ overtime: true, minutes: 1, seconds: 15 });
    expect(countdownOf(round.activity!.timer!, t).remainingMs).toBe(120_000);
  });
});
