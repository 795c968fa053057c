import type { TFunction } from 'i18next';
import { describe, expect, test } from 'vitest';
import { joined, play, roundStart } from '../../../shared/rounds/testing';
import { placeText } from './place-text';

/** Returns the key and its values, so the test reads which sentence was chosen. */
const t = ((key: string, values?: Record<string, unknown>) =>
  values ? `${key} ${JSON.stringify(values)}` : key) as unknown as TFunction;

describe('where a participant stands', () => {
  const round = play([...joined(['ana', 'ben', 'cy'], 1), roundStart(2)]);

  test('in a round: speaking, next, how many before, then how their turn went', () => {
    expect(placeText(t, round, 'ana')).toBe('rounds.place.speaking');
    expect(placeText(t, round, 'ben')).toBe('rounds.place.next');
    expect(placeText(t, round, 'cy')).toBe('rounds.place.ahead {"count":1}');
    const passed = play([{ type: 'round.pass', peerId: 'ana', at: 3 }], round);
    expect(placeText(t, passed, 'ana')).toBe('rounds.place.done.passed');
  });

  test('in an open floor: their place in the hand queue, nothing when the hand is down', () => {
    const floor = play([
      ...joined(['ana', 'ben'], 1),
      { type: 'floor.start', turnMs: null, at: 2 },
      { type: 'floor.raiseHand', peerId: 'ben', at: 3 },
      { type: 'floor.raiseHand', peerId: 'ana', at: 4 },
    ]);
    expect(placeText(t, floor, 'ben')).toBe('rounds.place.handFirst');
    expect(placeText(t, floor, 'ana')).toBe('rounds.place.handAhead {"count":1}');
    const lowered = play([{ type: 'floor.lowerHand', peerId: 'ana', at: 5 }], floor);
    expect(placeText(t, lowered, 'ana')).toBeNull();
  });

  test('someone who arrived after a round started without late joiners is told so', () => {
    const late = play([
      ...joined(['ana'], 1),
      { ...roundStart(2), lateJoiners: 'ignore' },
      { type: 'peer.joined', peerId: 'dan', at: 3 },
    ]);
    expect(placeText(t, late, 'dan')).toBe('rounds.place.notInRound');
  });
});
