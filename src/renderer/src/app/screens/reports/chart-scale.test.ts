import { describe, expect, it } from 'vitest';
import { monthLabels, niceScale } from './chart-scale';

describe('the attendance chart', () => {
  it('rounds its axis up to a round step with at most four gridlines', () => {
    expect(niceScale(0)).toEqual({ max: 5, ticks: [0, 5] });
    expect(niceScale(25)).toEqual({ max: 30, ticks: [0, 10, 20, 30] });
    expect(niceScale(40)).toEqual({ max: 40, ticks: [0, 10, 20, 30, 40] });
    expect(niceScale(1234)).toEqual({ max: 1500, ticks: [0, 500, 1000, 1500] });
  });

  it('labels every month when there is room, and only the years when there is not', () => {
    const months = ['2025-11', '2025-12', '2026-01', '2026-02'];
    expect(monthLabels(months, 60).map((l) => [l.index, l.month, l.year])).toEqual([
      [0, true, true],
      [1, true, false],
      [2, true, true],
      [3, true, false],
    ]);
    expect(monthLabels(months, 12).map((l) => l.index)).toEqual([0, 2]);
  });
});
