import { describe, expect, it } from 'vitest';
import { reduce } from './reduce';
import { HISTORY_MAX, createState } from './state';
import { joined, play, roundStart } from './testing';

describe('reduce', () => {
  it('refuses an event from before the last one and keeps the state', () => {
    const state = play(joined(['ana'], 5_000));
    const result = reduce(state, { type: 'peer.joined', peerId: 'bo', at: 4_999 });
    expect(result).toMatchObject({ ok: false, error: { code: 'TIME_WENT_BACKWARDS' } });
    expect(result.state).toBe(state);
    expect(reduce(state, { type: 'peer.joined', peerId: 'bo', at: 5_000 }).ok).toBe(true);
  });

  it('refuses actions for an activity that is not running', () => {
    const idle = play(joined(['ana']));
    expect(reduce(idle, { type: 'round.pause', at: 1 })).toMatchObject({
      ok: false,
      error: { code: 'NO_ACTIVITY' },
    });
    const inRound = play([roundStart(1)], idle);
    expect(reduce(inRound, { type: 'free.start', durationMs: 60_000, at: 2 })).toMatchObject({
      ok: false,
      error: { code: 'ACTIVITY_IN_PROGRESS' },
    });
    expect(reduce(inRound, { type: 'floor.end', at: 2 })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_KIND' },
    });
  });

  it('refuses a peer joining twice or leaving while absent', () => {
    const state = play(joined(['ana']));
    expect(reduce(state, { type: 'peer.joined', peerId: 'ana', at: 1 })).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_PRESENT' },
    });
    expect(reduce(state, { type: 'peer.left', peerId: 'bo', at: 1 })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_PEER' },
    });
  });

  it('keeps the roster in join order whatever the order of simultaneous joins', () => {
    const a = play([...joined(['cy'], 0), ...joined(['bo', 'ana'], 10)]);
    expect(a.roster.map((r) => r.peerId)).toEqual(['cy', 'ana', 'bo']);
  });

  it('keeps only the most recent activities in the history', () => {
    let state = createState();
    for (let i = 0; i < HISTORY_MAX + 5; i++) {
      state = play(
        [
          { type: 'free.start', durationMs: 60_000, at: i * 10 },
          { type: 'free.end', at: i * 10 + 5 },
        ],
        state,
      );
    }
    expect(state.history).toHaveLength(HISTORY_MAX);
    expect(state.history[0]?.startedAt).toBe(50);
  });
});
