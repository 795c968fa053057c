import { describe, expect, it } from 'vitest';
import { phase, remainingMs } from './derive';
import { reduce } from './reduce';
import { play } from './testing';

describe('free time', () => {
  const started = () => play([{ type: 'free.start', durationMs: 600_000, at: 1_000 }]);

  it('counts down, holds still while paused, and resumes where it stopped', () => {
    let state = started();
    expect(remainingMs(state, 61_000)).toBe(540_000);

    state = play([{ type: 'free.pause', at: 61_000 }], state);
    expect(remainingMs(state, 61_000)).toBe(540_000);
    expect(remainingMs(state, 999_000)).toBe(540_000);
    expect(state.activity?.timer).toMatchObject({ endsAt: null, remainingMs: 540_000 });

    state = play([{ type: 'free.resume', at: 200_000 }], state);
    expect(state.activity?.timer?.endsAt).toBe(740_000);
    expect(remainingMs(state, 260_000)).toBe(480_000);
  });

  it('is extended by a minute and shows overtime past zero', () => {
    let state = play([{ type: 'free.extend', ms: 60_000, at: 2_000 }], started());
    expect(state.activity?.timer?.endsAt).toBe(661_000);
    expect(phase(state, 600_000)).toBe('wrapUp');
    expect(phase(state, 661_000)).toBe('overtime');
    expect(remainingMs(state, 671_000)).toBe(-10_000);

    state = play([{ type: 'free.end', at: 700_000 }], state);
    expect(state.activity).toBeNull();
    expect(state.history).toEqual([{ kind: 'freeTime', startedAt: 1_000, endedAt: 700_000 }]);
  });

  it('refuses a pause while paused and a resume while running', () => {
    const running = started();
    expect(reduce(running, { type: 'free.resume', at: 2_000 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_PAUSED' },
    });
    const paused = play([{ type: 'free.pause', at: 2_000 }], running);
    expect(reduce(paused, { type: 'free.pause', at: 3_000 })).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_PAUSED' },
    });
  });
});
