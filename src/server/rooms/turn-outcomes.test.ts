import { describe, expect, test } from 'vitest';
import { joined, play, roundStart } from '../../shared/rounds/testing';
import type { EngineEvent } from '../../shared/rounds';
import { turnOutcomeChanges } from './turn-outcomes';

const start = play([...joined(['ana', 'ben', 'chloe']), roundStart(1_000, 60_000)]);

function changes(...events: EngineEvent[]) {
  const after = play(events, start);
  return turnOutcomeChanges(start, after).map((n) => [n.peerId, n.outcome, n.spokenMs]);
}

describe('turn outcomes for attendance', () => {
  test('a turn taken, a pass, a skip and a departure are each reported once', () => {
    expect(changes({ type: 'round.next', peerId: 'ana', at: 41_000 })).toEqual([
      ['ana', 'spoke', 40_000],
    ]);
    expect(changes({ type: 'round.pass', peerId: 'ana', at: 2_000 })).toEqual([
      ['ana', 'passed', 1_000],
    ]);
    expect(changes({ type: 'round.skip', peerId: 'chloe', at: 2_000 })).toEqual([
      ['chloe', 'skipped', 0],
    ]);
    expect(changes({ type: 'peer.left', peerId: 'ben', at: 2_000 })).toEqual([['ben', 'left', 0]]);
  });

  test('"back" reopens a settled turn; the end of the round settles the turn under way', () => {
    const afterNext = play([{ type: 'round.next', peerId: 'ana', at: 11_000 }], start);
    const afterBack = play([{ type: 'round.back', at: 12_000 }], afterNext);
    expect(turnOutcomeChanges(afterNext, afterBack)).toEqual([
      { roundStartedAt: 1_000, peerId: 'ana', outcome: 'pending', spokenMs: 10_000, at: 12_000 },
    ]);
    const ended = play([{ type: 'round.end', at: 20_000 }], afterNext);
    expect(turnOutcomeChanges(afterNext, ended)).toEqual([
      { roundStartedAt: 1_000, peerId: 'ben', outcome: 'spoke', spokenMs: 9_000, at: 20_000 },
    ]);
  });

  test('nothing is reported outside rounds or when no turn settles', () => {
    expect(changes({ type: 'round.extend', peerId: 'ana', ms: 30_000, at: 2_000 })).toEqual([]);
    const idle = play(joined(['ana']));
    const floor = play([{ type: 'floor.start', turnMs: null, at: 1 }], idle);
    expect(turnOutcomeChanges(idle, floor)).toEqual([]);
  });
});
