import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppress, type Relation } from './suppression';
import { feasibleValues } from './testing';

/** A series of cells and their total, as a report publishes them. */
function series(parts: number[]) {
  const names = parts.map((_, i) => `c${i}`);
  const values = new Map<string, number>(names.map((n, i) => [n, parts[i]!]));
  values.set(
    'total',
    parts.reduce((a, b) => a + b, 0),
  );
  const relation: Relation = { total: 'total', parts: names };
  const statuses = suppress(values, [relation]);
  return { statuses, shown: [...names, 'total'].map((n) => statuses.get(n)) };
}

describe('suppression of small counts', () => {
  it('shows 1–4 as small, keeps zero and counts of 5 and more', () => {
    const { statuses } = series([0, 5, 12, 9, 30]);
    expect([...statuses.values()]).toEqual(Array(6).fill('published'));
    expect(series([0, 1, 4, 5, 7]).shown.slice(0, 3)).toEqual(['published', 'small', 'small']);
  });

  it('withholds the next smallest cell when one small cell could be recovered from the total', () => {
    // 20 + 3 + 9 + 12 = 44: without a complement, 44 − 20 − 9 − 12 gives the 3 back.
    expect(series([20, 3, 9, 12]).shown).toEqual([
      'published',
      'small',
      'hidden',
      'published',
      'published',
    ]);
  });

  it('keeps going while the hidden cells could still be pinned down', () => {
    // Hiding 1 and 5 leaves their sum 6: the reader knows 5+ and 1–4, so 1 and 5 exactly.
    expect(series([1, 5, 7, 30]).shown).toEqual([
      'small',
      'hidden',
      'hidden',
      'published',
      'published',
    ]);
  });

  it('does not let two small cells reveal a small sum', () => {
    // 2 + 1 = 3 is itself a small count of people for those two months together.
    expect(series([2, 1, 10, 20]).shown).toEqual([
      'small',
      'small',
      'hidden',
      'published',
      'published',
    ]);
  });

  it('withholds the total when no other cell is left to hide', () => {
    expect(series([1, 1, 1, 1, 1, 0]).shown.at(-1)).toBe('hidden');
    expect(series([3, 0, 0]).shown).toEqual(['small', 'published', 'published', 'small']);
  });

  it('cascades through relations that share a cell', () => {
    // a + b = t1 and b + c = t2; hiding b to protect a exposes b through t2, so c goes too.
    const values = new Map([
      ['a', 2],
      ['b', 6],
      ['c', 8],
      ['t1', 8],
      ['t2', 14],
    ]);
    const statuses = suppress(values, [
      { total: 't1', parts: ['a', 'b'] },
      { total: 't2', parts: ['b', 'c'] },
    ]);
    expect(statuses.get('b')).toBe('hidden');
    expect(statuses.get('c')).toBe('hidden');
  });

  it('never publishes 1–4, and never leaves a hidden cell or a small sum recoverable', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 8 }), (parts) => {
        const { statuses } = series(parts);
        const total = parts.reduce((a, b) => a + b, 0);
        for (const [cell, status] of statuses) {
          const value = cell === 'total' ? total : parts[Number(cell.slice(1))]!;
          if (status === 'published') expect(value === 0 || value >= 5).toBe(true);
        }
        if (statuses.get('total') !== 'published') return;
        const cells = parts.map((value, i) => ({ value, status: statuses.get(`c${i}`)! }));
        const { sum, options } = feasibleValues(cells, total);
        if (options.length > 0) expect(sum).toBeGreaterThanOrEqual(5);
        for (const values of options) expect(values.length).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 2000 },
    );
  });
});
