import { describe, expect, it } from 'vitest';
import type { EngineEvent } from './events';
import { attendance, placeInOrder, remainingMs } from './derive';
import { reduce } from './reduce';
import type { EngineState } from './state';
import { joined, play } from './testing';

function floorOf(state: EngineState) {
  if (state.activity?.kind !== 'openFloor') throw new Error('no open floor');
  return state.activity;
}

const raise = (peerId: string, at: number): EngineEvent => ({
  type: 'floor.raiseHand',
  peerId,
  at,
});

describe('an open floor', () => {
  const opened = () =>
    play([...joined(['ana', 'bo', 'cy', 'dee']), { type: 'floor.start', turnMs: 120_000, at: 0 }]);

  it('serves raised hands first raised, first served', () => {
    let state = play(
      [raise('cy', 10), raise('ana', 20), raise('dee', 20), raise('bo', 30)],
      opened(),
    );
    expect(floorOf(state).queue.map((q) => q.peerId)).toEqual(['cy', 'ana', 'dee', 'bo']);
    expect(placeInOrder(state, 'dee')).toEqual({ status: 'waiting', ahead: 2 });

    state = play([{ type: 'floor.next', at: 100 }], state);
    expect(floorOf(state).speaker).toBe('cy');
    expect(remainingMs(state, 100)).toBe(120_000);
    expect(placeInOrder(state, 'cy')).toEqual({ status: 'speaking' });
    expect(placeInOrder(state, 'dee')).toEqual({ status: 'waiting', ahead: 1 });

    state = play([{ type: 'floor.next', at: 60_100 }], state);
    expect(floorOf(state).speaker).toBe('ana');
    expect(floorOf(state).floors).toEqual([{ peerId: 'cy', count: 1, spokenMs: 60_000 }]);
  });

  it('breaks ties between hands raised at the same instant by peer id', () => {
    const a = play([raise('dee', 5), raise('bo', 5)], opened());
    const b = play([raise('bo', 5), raise('dee', 5)], opened());
    expect(floorOf(a).queue).toEqual(floorOf(b).queue);
  });

  it('lets the facilitator give the floor, lower a hand and clear the queue', () => {
    let state = play([raise('ana', 1), raise('bo', 2), raise('cy', 3)], opened());
    state = play([{ type: 'floor.giveFloor', peerId: 'bo', at: 4 }], state);
    expect(floorOf(state).speaker).toBe('bo');
    expect(floorOf(state).queue.map((q) => q.peerId)).toEqual(['ana', 'cy']);

    state = play([{ type: 'floor.lowerHand', peerId: 'ana', at: 5 }], state);
    expect(floorOf(state).queue.map((q) => q.peerId)).toEqual(['cy']);

    state = play([{ type: 'floor.clearQueue', at: 6 }], state);
    expect(floorOf(state).queue).toEqual([]);
    expect(floorOf(state).speaker).toBe('bo');
  });

  it('lowers the hand of someone who leaves and closes their floor', () => {
    let state = play([raise('ana', 1), { type: 'floor.giveFloor', peerId: 'bo', at: 2 }], opened());
    state = play(
      [
        { type: 'peer.left', peerId: 'ana', at: 3 },
        { type: 'peer.left', peerId: 'bo', at: 1_002 },
      ],
      state,
    );
    expect(floorOf(state)).toMatchObject({ queue: [], speaker: null, timer: null });
    expect(floorOf(state).floors).toEqual([{ peerId: 'bo', count: 1, spokenMs: 1_000 }]);
  });

  it('refuses what makes no sense, leaving the state as it was', () => {
    const state = play([raise('ana', 1)], opened());
    const cases: [EngineEvent, string][] = [
      [raise('ana', 2), 'ALREADY_RAISED'],
      [raise('zed', 2), 'UNKNOWN_PEER'],
      [{ type: 'floor.lowerHand', peerId: 'bo', at: 2 }, 'NOT_IN_QUEUE'],
      [{ type: 'floor.giveFloor', peerId: 'zed', at: 2 }, 'UNKNOWN_PEER'],
      [{ type: 'round.next', peerId: 'ana', at: 2 }, 'WRONG_KIND'],
    ];
    for (const [event, code] of cases) {
      const result = reduce(state, event);
      expect(result).toMatchObject({ ok: false, error: { code } });
      expect(result.state).toBe(state);
    }
    const empty = reduce(opened(), { type: 'floor.next', at: 1 });
    expect(empty).toMatchObject({ ok: false, error: { code: 'QUEUE_EMPTY' } });
  });

  it('counts floors for attendance when it ends', () => {
    const state = play(
      [
        { type: 'floor.giveFloor', peerId: 'ana', at: 0 },
        { type: 'floor.giveFloor', peerId: 'bo', at: 30_000 },
        { type: 'floor.giveFloor', peerId: 'ana', at: 40_000 },
        { type: 'floor.end', at: 50_000 },
      ],
      opened(),
    );
    expect(state.history).toEqual([
      {
        kind: 'openFloor',
        startedAt: 0,
        endedAt: 50_000,
        floors: [
          { peerId: 'ana', count: 2, spokenMs: 40_000 },
          { peerId: 'bo', count: 1, spokenMs: 10_000 },
        ],
      },
    ]);
    expect(attendance(state).map((t) => [t.peerId, t.floors, t.spokenMs])).toEqual([
      ['ana', 2, 40_000],
      ['bo', 1, 10_000],
    ]);
  });

  it('only measures time when no limit was set', () => {
    const state = play([
      ...joined(['ana']),
      { type: 'floor.start', turnMs: null, at: 0 },
      { type: 'floor.giveFloor', peerId: 'ana', at: 0 },
    ]);
    expect(remainingMs(state, 10_000)).toBeNull();
    expect(floorOf(state).timer).toMatchObject({ durationMs: null, endsAt: null, runningSince: 0 });
  });
});
