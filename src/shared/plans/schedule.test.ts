import { describe, expect, it } from 'vitest';
import type { Block } from './blocks';
import { clockToMinutes, computeSchedule, minutesToClock, totalMinutes } from './schedule';

let n = 0;
const block = (kind: Block['kind'], durationMin: number, turnSec: number | null = null): Block => ({
  id: `b${++n}`,
  kind,
  title: kind,
  prompt: '',
  durationMin,
  turnSec,
  passAllowed: true,
});

describe('plan time arithmetic', () => {
  it('computes each start time from the chosen start and the running total', () => {
    const blocks = [block('welcome', 10), block('agreements', 5), block('round', 40, 300)];
    const s = computeSchedule(blocks, '18:30', 8);
    expect(s.blocks.map((b) => minutesToClock(b.startMin).clock)).toEqual([
      '18:30',
      '18:40',
      '18:45',
    ]);
    expect(minutesToClock(s.endMin).clock).toBe('19:25');
    expect(s.totalMin).toBe(55);
  });

  it('lets zero-length blocks take no time and share the next start', () => {
    const blocks = [block('reading', 0), block('welcome', 0), block('free', 15)];
    const s = computeSchedule(blocks, '10:00', 6);
    expect(s.blocks.map((b) => [b.startMin, b.endMin])).toEqual([
      [600, 600],
      [600, 600],
      [600, 615],
    ]);
    expect(s.totalMin).toBe(15);
    expect(s.overruns).toEqual([]);
  });

  it('handles an empty plan', () => {
    const s = computeSchedule([], '09:15', 6);
    expect(s).toMatchObject({ blocks: [], totalMin: 0, startMin: 555, endMin: 555, overruns: [] });
  });

  it('runs past midnight with the day offset', () => {
    const blocks = [block('round', 50, 300), block('closingRound', 30, 120)];
    const s = computeSchedule(blocks, '23:20', 5);
    const second = s.blocks[1]!;
    expect(minutesToClock(second.startMin)).toEqual({ clock: '00:10', dayOffset: 1 });
    expect(minutesToClock(s.endMin)).toEqual({ clock: '00:40', dayOffset: 1 });
    expect(s.totalMin).toBe(80);
  });

  it('warns when per-speaker time × expected group size exceeds the round', () => {
    const tight = block('round', 40, 300); // 8 × 5 min = 40 min: fits exactly
    const over = block('closingRound', 10, 90); // 8 × 1.5 min = 12 min > 10
    const zeroRound = block('round', 0, 60);
    const s = computeSchedule([tight, over, zeroRound, block('break', 10)], '19:00', 8);
    expect(s.overruns).toEqual([
      { blockId: over.id, neededSec: 720, availableSec: 600 },
      { blockId: zeroRound.id, neededSec: 480, availableSec: 0 },
    ]);
    expect(computeSchedule([tight], '19:00', 9).overruns).toHaveLength(1);
  });

  it('never warns for non-round blocks, whatever the group size', () => {
    expect(
      computeSchedule([block('openFloor', 5), block('free', 0)], '19:00', 50).overruns,
    ).toEqual([]);
  });

  it('converts clock times both ways', () => {
    expect(clockToMinutes('00:00')).toBe(0);
    expect(clockToMinutes('23:59')).toBe(1439);
    expect(minutesToClock(1439)).toEqual({ clock: '23:59', dayOffset: 0 });
    expect(minutesToClock(1440)).toEqual({ clock: '00:00', dayOffset: 1 });
    expect(minutesToClock(3 * 1440 + 61)).toEqual({ clock: '01:01', dayOffset: 3 });
    expect(totalMinutes([{ durationMin: 0 }, { durationMin: 90 }])).toBe(90);
  });
});
