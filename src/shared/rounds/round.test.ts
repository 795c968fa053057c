import { describe, expect, it } from 'vitest';
import { attendance, placeInOrder, remainingMs } from './derive';
import { reduce } from './reduce';
import { joined, outcomes, play, roundOf, roundStart } from './testing';

describe('a round', () => {
  it('runs a full round with one pass and one extension', () => {
    let state = play([...joined(['ana', 'bo', 'cy']), roundStart(1_000)]);
    expect(roundOf(state).speaker).toBe('ana');
    expect(remainingMs(state, 1_000)).toBe(180_000);

    state = play([{ type: 'round.extend', peerId: 'ana', ms: 60_000, at: 100_000 }], state);
    expect(remainingMs(state, 150_000)).toBe(180_000 + 60_000 - 149_000);

    state = play(
      [
        { type: 'round.next', peerId: 'ana', at: 200_000 },
        { type: 'round.pass', peerId: 'bo', at: 205_000 },
      ],
      state,
    );
    expect(roundOf(state).speaker).toBe('cy');
    expect(roundOf(state).timer?.startedAt).toBe(205_000);
    expect(remainingMs(state, 205_000)).toBe(180_000);

    state = play([{ type: 'round.next', peerId: 'cy', at: 300_000 }], state);
    expect(roundOf(state).speaker).toBeNull();
    expect(outcomes(state)).toEqual({ ana: 'spoke', bo: 'passed', cy: 'spoke' });

    state = play([{ type: 'round.end', at: 310_000 }], state);
    expect(state.activity).toBeNull();
    expect(state.history).toEqual([
      {
        kind: 'round',
        startedAt: 1_000,
        endedAt: 310_000,
        turns: [
          { peerId: 'ana', outcome: 'spoke', spokenMs: 199_000 },
          { peerId: 'bo', outcome: 'passed', spokenMs: 5_000 },
          { peerId: 'cy', outcome: 'spoke', spokenMs: 95_000 },
        ],
      },
    ]);
    expect(attendance(state).map((t) => [t.peerId, t.spoke, t.passed])).toEqual([
      ['ana', 1, 0],
      ['bo', 0, 1],
      ['cy', 1, 0],
    ]);
  });

  it('skips someone who left before their turn, and moves on when the speaker leaves', () => {
    let state = play([...joined(['ana', 'bo', 'cy', 'dee']), roundStart(0)]);
    state = play([{ type: 'peer.left', peerId: 'bo', at: 10_000 }], state);
    expect(placeInOrder(state, 'cy')).toEqual({ status: 'waiting', ahead: 0 });

    state = play([{ type: 'round.next', peerId: 'ana', at: 60_000 }], state);
    expect(roundOf(state).speaker).toBe('cy');

    // The speaker's connection drops: the next person gets the floor at once, with a full turn.
    state = play([{ type: 'peer.left', peerId: 'cy', at: 90_000 }], state);
    expect(roundOf(state).speaker).toBe('dee');
    expect(remainingMs(state, 90_000)).toBe(180_000);
    expect(outcomes(state)).toEqual({ ana: 'spoke', bo: 'left', cy: 'left', dee: 'speaking' });
    expect(placeInOrder(state, 'bo')).toEqual({ status: 'done', outcome: 'left' });
  });

  it('puts someone who comes back before their turn was settled at the end', () => {
    let state = play([...joined(['ana', 'bo', 'cy']), roundStart(0)]);
    state = play(
      [
        { type: 'peer.left', peerId: 'bo', at: 5_000 },
        { type: 'round.next', peerId: 'ana', at: 60_000 },
        { type: 'peer.joined', peerId: 'bo', at: 70_000 },
      ],
      state,
    );
    expect(roundOf(state).turns.map((t) => t.peerId)).toEqual(['ana', 'cy', 'bo']);
    expect(placeInOrder(state, 'bo')).toEqual({ status: 'waiting', ahead: 0 });
  });

  it('appends late joiners or leaves them out, as the facilitator chose', () => {
    const base = joined(['ana', 'bo']);
    const appended = play([...base, roundStart(0), ...joined(['cy'], 1_000)]);
    expect(roundOf(appended).turns.map((t) => t.peerId)).toEqual(['ana', 'bo', 'cy']);

    const ignoring = play([
      ...base,
      { ...roundStart(0), lateJoiners: 'ignore' },
      ...joined(['cy'], 1_000),
    ]);
    expect(roundOf(ignoring).turns.map((t) => t.peerId)).toEqual(['ana', 'bo']);
    expect(placeInOrder(ignoring, 'cy')).toBeNull();
  });

  it('gives a late joiner the floor when everyone else has already spoken', () => {
    let state = play([...joined(['ana']), roundStart(0)]);
    state = play([{ type: 'round.next', peerId: 'ana', at: 10_000 }], state);
    expect(roundOf(state).speaker).toBeNull();
    state = play(joined(['bo'], 20_000), state);
    expect(roundOf(state).speaker).toBe('bo');
  });

  it('keeps the time left while paused', () => {
    let state = play([...joined(['ana']), roundStart(0, 60_000)]);
    state = play([{ type: 'round.pause', at: 20_000 }], state);
    expect(roundOf(state).timer).toMatchObject({ endsAt: null, remainingMs: 40_000 });
    expect(remainingMs(state, 500_000)).toBe(40_000);
    state = play([{ type: 'round.resume', at: 100_000 }], state);
    expect(roundOf(state).timer?.endsAt).toBe(140_000);
    expect(remainingMs(state, 110_000)).toBe(30_000);
  });

  it('goes back to the previous person with the time they had left', () => {
    let state = play([...joined(['ana', 'bo']), roundStart(0, 60_000)]);
    state = play(
      [
        { type: 'round.next', peerId: 'ana', at: 20_000 },
        { type: 'round.back', at: 25_000 },
      ],
      state,
    );
    expect(roundOf(state).speaker).toBe('ana');
    expect(remainingMs(state, 25_000)).toBe(40_000);
    expect(outcomes(state)).toEqual({ ana: 'speaking', bo: 'pending' });
  });

  it('lets the facilitator reorder only the people still waiting', () => {
    let state = play([...joined(['ana', 'bo', 'cy', 'dee']), roundStart(0)]);
    const bad = reduce(state, {
      type: 'round.reorder',
      peerIds: ['dee', 'ana', 'cy', 'bo'],
      at: 1,
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_ORDER' } });
    expect(bad.state).toBe(state);

    state = play([{ type: 'round.reorder', peerIds: ['dee', 'bo', 'cy'], at: 1 }], state);
    expect(roundOf(state).turns.map((t) => t.peerId)).toEqual(['ana', 'dee', 'bo', 'cy']);
  });

  it('refuses a "next" or a "je passe" meant for a speaker who already moved on', () => {
    let state = play([...joined(['ana', 'bo', 'cy']), roundStart(0)]);
    state = play([{ type: 'round.next', peerId: 'ana', at: 1_000 }], state);
    for (const type of ['round.next', 'round.pass'] as const) {
      const result = reduce(state, { type, peerId: 'ana', at: 1_000 });
      expect(result).toMatchObject({ ok: false, error: { code: 'NOT_CURRENT_SPEAKER' } });
      expect(result.state).toBe(state);
    }
  });

  it('refuses "je passe" when the round does not offer it, but a skip still works', () => {
    const state = play([...joined(['ana', 'bo']), { ...roundStart(0), passAllowed: false }]);
    const pass = reduce(state, { type: 'round.pass', peerId: 'ana', at: 1 });
    expect(pass).toMatchObject({ ok: false, error: { code: 'PASS_NOT_ALLOWED' } });
    const skipped = play([{ type: 'round.skip', peerId: 'ana', at: 1 }], state);
    expect(outcomes(skipped)).toEqual({ ana: 'skipped', bo: 'speaking' });
  });

  it('skips someone ahead of their turn', () => {
    let state = play([...joined(['ana', 'bo', 'cy']), roundStart(0)]);
    state = play(
      [
        { type: 'round.skip', peerId: 'bo', at: 1 },
        { type: 'round.next', peerId: 'ana', at: 2 },
      ],
      state,
    );
    expect(roundOf(state).speaker).toBe('cy');
    const again = reduce(state, { type: 'round.skip', peerId: 'bo', at: 3 });
    expect(again).toMatchObject({ ok: false, error: { code: 'TURN_SETTLED' } });
  });

  it('makes the same random order from the same seed', () => {
    const people = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const start = (seed: number) =>
      roundOf(
        play([...joined(people), { ...roundStart(0), order: { by: 'random', seed } }]),
      ).turns.map((t) => t.peerId);
    expect(start(42)).toEqual(start(42));
    expect([...start(42)].sort()).toEqual(people);
    const orders = new Set([1, 2, 3, 4, 5].map((seed) => start(seed).join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('refuses a manual order naming someone absent or twice, and an empty room', () => {
    const state = play(joined(['ana', 'bo']));
    const manual = (peerIds: string[]) =>
      reduce(state, { ...roundStart(1), order: { by: 'manual', peerIds } });
    expect(manual(['ana', 'zed'])).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PEER' } });
    expect(manual(['ana', 'ana'])).toMatchObject({ ok: false, error: { code: 'INVALID_ORDER' } });
    expect(manual(['bo'])).toMatchObject({ ok: true });
    expect(reduce(play([]), roundStart(1))).toMatchObject({
      ok: false,
      error: { code: 'EMPTY_ORDER' },
    });
  });
});

describe('simultaneous arrivals and departures', () => {
  it('give the floor to the same person whatever order they arrive in', () => {
    const cySpeaking = play([
      ...joined(['ana', 'cy']),
      roundStart(0),
      { type: 'round.next', peerId: 'ana', at: 1_000 },
    ]);
    // Cy, the last one waiting, drops while speaking as Bo and Dee join, all at one instant.
    const events = [
      { type: 'peer.joined', peerId: 'dee', at: 2_000 },
      { type: 'peer.left', peerId: 'cy', at: 2_000 },
      { type: 'peer.joined', peerId: 'bo', at: 2_000 },
    ] as const;
    const one = play([...events], cySpeaking);
    const other = play([...events].reverse(), cySpeaking);
    expect(other).toEqual(one);
    expect(roundOf(one).speaker).toBe('bo');
    expect(roundOf(one).turns.map((t) => [t.peerId, t.outcome])).toEqual([
      ['ana', 'spoke'],
      ['cy', 'left'],
      ['bo', 'speaking'],
      ['dee', 'pending'],
    ]);
  });
});
