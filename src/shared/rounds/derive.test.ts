import { describe, expect, it } from 'vitest';
import { phase, placeInOrder, wrapUpWindowMs } from './derive';
import { joined, play, roundStart } from './testing';

describe('phase', () => {
  it('turns to wrap up for the last 20 %, at least 30 s, at most half the turn', () => {
    expect(wrapUpWindowMs(600_000)).toBe(120_000);
    expect(wrapUpWindowMs(180_000)).toBe(36_000);
    expect(wrapUpWindowMs(120_000)).toBe(30_000);
    expect(wrapUpWindowMs(30_000)).toBe(15_000);
  });

  it('follows the speaker’s countdown from normal to wrap up to overtime', () => {
    const state = play([...joined(['ana']), roundStart(0, 180_000)]);
    expect(phase(state, 0)).toBe('normal');
    expect(phase(state, 143_999)).toBe('normal');
    expect(phase(state, 144_000)).toBe('wrapUp');
    expect(phase(state, 179_999)).toBe('wrapUp');
    expect(phase(state, 180_000)).toBe('overtime');
  });

  it('has no phase when nothing counts down', () => {
    expect(phase(play(joined(['ana'])), 0)).toBeNull();
  });
});

describe('placeInOrder', () => {
  it('tells each person how many will speak before them', () => {
    const state = play([...joined(['ana', 'bo', 'cy', 'dee']), roundStart(0)]);
    expect(placeInOrder(state, 'ana')).toEqual({ status: 'speaking' });
    expect(placeInOrder(state, 'bo')).toEqual({ status: 'waiting', ahead: 0 });
    expect(placeInOrder(state, 'dee')).toEqual({ status: 'waiting', ahead: 2 });
    expect(placeInOrder(state, 'zed')).toBeNull();
  });
});
