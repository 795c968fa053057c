import { describe, expect, test } from 'vitest';
import { joined, play, roundStart } from '../../../shared/rounds/testing';
import { turnNews } from './announcements';
import { countdownView, formatClock, timerKey, timeWarning } from './countdown-view';

const t0 = 1_750_000_000_000;
const round = play([...joined(['ana', 'ben'], t0), roundStart(t0, 120_000)]);

describe('countdown on screen', () => {
  test('reads the time left from endsAt and the server time, with a word for each colour', () => {
    expect(countdownView(round, t0 + 1_000)).toMatchObject({
      remainingMs: 119_000,
      status: 'normal',
      clock: '1:59',
    });
    // Wrap up at the last 20 %, but at least 30 s: here the last 30 s of 2 minutes.
    expect(countdownView(round, t0 + 89_999)?.status).toBe('normal');
    expect(countdownView(round, t0 + 90_000)).toMatchObject({ status: 'wrapUp', clock: '0:30' });
    expect(countdownView(round, t0 + 135_400)).toMatchObject({
      status: 'overtime',
      clock: '+0:15',
    });
  });

  test('a paused turn shows "paused" and keeps its time whenever it is read', () => {
    const paused = play([{ type: 'round.pause', at: t0 + 20_000 }], round);
    expect(countdownView(paused, t0 + 25_000)).toMatchObject({ status: 'paused', clock: '1:40' });
    expect(countdownView(paused, t0 + 999_000)).toMatchObject({ status: 'paused', clock: '1:40' });
  });

  test('an open floor without a limit counts speaking time up; nothing running shows nothing', () => {
    const floor = play([
      ...joined(['ana'], t0),
      { type: 'floor.start', turnMs: null, at: t0 },
      { type: 'floor.giveFloor', peerId: 'ana', at: t0 },
    ]);
    expect(countdownView(floor, t0 + 65_000)).toMatchObject({
      remainingMs: null,
      status: 'stopwatch',
      clock: '1:05',
    });
    expect(countdownView(play(joined(['ana'], t0)), t0)).toBeNull();
    expect(countdownView(null, t0)).toBeNull();
  });

  test('formats minutes and seconds the way a clock face reads', () => {
    expect(formatClock(600_000)).toBe('10:00');
    expect(formatClock(59_001)).toBe('1:00');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-61_000)).toBe('+1:01');
  });
});

describe('time warnings', () => {
  test('warn once when the same countdown moves to wrap up, then to overtime', () => {
    expect(timeWarning('normal', 'wrapUp')).toBe('wrapUp');
    expect(timeWarning('wrapUp', 'overtime')).toBe('overtime');
    expect(timeWarning('normal', 'overtime')).toBe('overtime');
    expect(timeWarning('wrapUp', 'wrapUp')).toBeNull();
  });

  test('no warning on the first look, nor when an extension brings time back', () => {
    expect(timeWarning(null, 'wrapUp')).toBeNull();
    expect(timeWarning('overtime', 'normal')).toBeNull();
    expect(timeWarning('overtime', 'wrapUp')).toBeNull();
  });

  test('a new speaker is a new countdown; an extension is the same one', () => {
    const next = play([{ type: 'round.next', peerId: 'ana', at: t0 + 10_000 }], round);
    const extended = play(
      [{ type: 'round.extend', peerId: 'ana', ms: 30_000, at: t0 + 5_000 }],
      round,
    );
    expect(timerKey(next)).not.toBe(timerKey(round));
    expect(timerKey(extended)).toBe(timerKey(round));
    expect(timerKey(null)).toBeNull();
  });
});

describe('turn news', () => {
  test('says a new activity, each new speaker, a pause and the end', () => {
    const idle = play(joined(['ana', 'ben'], t0));
    expect(turnNews(idle, round)).toEqual({ kind: 'started', activity: 'round', speaker: 'ana' });
    const ben = play([{ type: 'round.pass', peerId: 'ana', at: t0 + 1_000 }], round);
    expect(turnNews(round, ben)).toEqual({ kind: 'speaker', peerId: 'ben' });
    const paused = play([{ type: 'round.pause', at: t0 + 2_000 }], ben);
    expect(turnNews(ben, paused)).toEqual({ kind: 'paused' });
    const done = play([{ type: 'round.next', peerId: 'ben', at: t0 + 3_000 }], ben);
    expect(turnNews(ben, done)).toEqual({ kind: 'everyoneSpoke' });
    const ended = play([{ type: 'round.end', at: t0 + 4_000 }], done);
    expect(turnNews(done, ended)).toEqual({ kind: 'ended', activity: 'round' });
  });

  test('a reorder or a raised hand is not news', () => {
    const three = play([...joined(['ana', 'ben', 'cy'], t0), roundStart(t0)]);
    const reordered = play([{ type: 'round.reorder', peerIds: ['cy', 'ben'], at: t0 + 1 }], three);
    expect(turnNews(three, reordered)).toBeNull();
    const floor = play([...joined(['ana'], t0), { type: 'floor.start', turnMs: null, at: t0 }]);
    const hand = play([{ type: 'floor.raiseHand', peerId: 'ana', at: t0 + 1 }], floor);
    expect(turnNews(floor, hand)).toBeNull();
  });
});
