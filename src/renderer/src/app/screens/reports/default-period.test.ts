import { describe, expect, it } from 'vitest';
import { defaultPeriod, probeRange } from './default-period';

describe('the period the Reports screen opens on', () => {
  // 2026-10 is the last ended month: the last ended quarter is July–September.
  const lastClosed = '2026-10';

  it('is the last ended quarter when the groups met in it', () => {
    expect(defaultPeriod(lastClosed, ['2025-03', '2026-08', '2026-10'])).toEqual({
      kind: 'quarter',
      year: 2026,
      quarter: 3,
    });
  });

  it('is the most recent ended year with sessions when the groups have been quiet since', () => {
    expect(defaultPeriod(lastClosed, ['2024-02', '2025-05'])).toEqual({ kind: 'year', year: 2025 });
  });

  it('is an ended quarter of this year when the groups last met in it', () => {
    expect(defaultPeriod(lastClosed, ['2025-12', '2026-02'])).toEqual({
      kind: 'quarter',
      year: 2026,
      quarter: 1,
    });
  });

  it('is the ended months of the quarter under way when the only sessions are there', () => {
    expect(defaultPeriod(lastClosed, ['2026-10'])).toEqual({
      kind: 'range',
      from: '2026-10',
      to: '2026-10',
    });
  });

  it('counts December as closing its year', () => {
    expect(defaultPeriod('2026-12', ['2026-05'])).toEqual({ kind: 'year', year: 2026 });
  });

  it('is the last ended quarter (of last year, in January) when nothing was held', () => {
    expect(defaultPeriod('2026-12', [])).toEqual({ kind: 'quarter', year: 2026, quarter: 4 });
    expect(defaultPeriod('2027-01', [])).toEqual({ kind: 'quarter', year: 2026, quarter: 4 });
  });

  it('looks through the longest period one report can cover', () => {
    expect(probeRange('2026-10')).toEqual({ from: '2006-11', to: '2026-10' });
  });
});
