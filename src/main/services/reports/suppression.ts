/**
 * Cell suppression for counts of people: primary suppression of small counts
 * and complementary suppression so that no hidden count can be worked out
 * from a published total and the other published cells.
 *
 * A relation says `total = sum(parts)`, as the report publishes it (the
 * monthly series adds up to the period's attendances; new + returning people
 * add up to distinct people). A reader who knows the rule knows that a cell
 * shown `<5` holds 1–4 and that a cell withheld as a complement holds 5 or
 * more (it was a published count, and those are 0 or ≥ 5). The cells of a
 * relation whose total is published are protected when, from the published
 * numbers and those bounds alone:
 *   - the hidden cells together are not a small count (their sum, which the
 *     reader can compute, is ≥ 5), and
 *   - no hidden cell is pinned to a single value.
 * While a relation is not protected, the smallest non-zero published cell of
 * it is withheld too; when none is left, its total is. This repeats until every
 * relation is protected, so it cascades through relations that share cells.
 */

import { assertUnreachable } from '../../../shared/errors';

export type CellStatus = 'published' | 'small' | 'hidden';
export type Relation = { total: string; parts: readonly string[] };

export const SMALL_BELOW = 5;

export const isSmall = (n: number) => n >= 1 && n < SMALL_BELOW;

/** What a reader can know of a hidden cell from the rule alone. */
const bounds = (status: CellStatus, value: number): [number, number] => {
  switch (status) {
    case 'published':
      return [value, value];
    case 'small':
      return [1, SMALL_BELOW - 1];
    case 'hidden':
      return [SMALL_BELOW, Infinity];
    default:
      return assertUnreachable(status);
  }
};

/** The range a reader can narrow each hidden part down to, knowing the total and the published parts. */
export function hiddenPartRanges(
  relation: Relation,
  value: (cell: string) => number,
  status: (cell: string) => CellStatus,
): { cell: string; min: number; max: number }[] {
  const hidden = relation.parts.filter((p) => status(p) !== 'published');
  const published = relation.parts.filter((p) => status(p) === 'published');
  const rest = value(relation.total) - published.reduce((sum, p) => sum + value(p), 0);
  return hidden.map((cell) => {
    const others = hidden.filter((h) => h !== cell).map((h) => bounds(status(h), value(h)));
    const [lo, hi] = bounds(status(cell), value(cell));
    return {
      cell,
      min: Math.max(lo, rest - others.reduce((s, [, max]) => s + max, 0)),
      max: Math.min(hi, rest - others.reduce((s, [min]) => s + min, 0)),
    };
  });
}

/** True when the relation leaks nothing a reader could subtract out (see the module comment). */
export function isProtected(
  relation: Relation,
  value: (cell: string) => number,
  status: (cell: string) => CellStatus,
): boolean {
  if (status(relation.total) !== 'published') return true;
  const hidden = relation.parts.filter((p) => status(p) !== 'published');
  if (hidden.length === 0) return true;
  const hiddenSum = hidden.reduce((sum, p) => sum + value(p), 0);
  if (hiddenSum < SMALL_BELOW) return false;
  return hiddenPartRanges(relation, value, status).every((r) => r.max > r.min);
}

/**
 * Decides which cells are published. `values` holds the true counts; zero is
 * always published (an empty cell reveals no one).
 */
export function suppress(
  values: ReadonlyMap<string, number>,
  relations: readonly Relation[],
): Map<string, CellStatus> {
  const value = (cell: string) => {
    const v = values.get(cell);
    if (v === undefined) throw new Error(`No value for cell ${cell}`);
    return v;
  };
  const statuses = new Map<string, CellStatus>();
  for (const [cell, v] of values) statuses.set(cell, isSmall(v) ? 'small' : 'published');
  const status = (cell: string) => statuses.get(cell) ?? 'published';

  // Each pass withholds one more cell, so this ends after at most values.size passes.
  for (let changed = true; changed;) {
    changed = false;
    for (const relation of relations) {
      if (isProtected(relation, value, status)) continue;
      const candidates = relation.parts
        .filter((p) => status(p) === 'published' && value(p) > 0)
        .sort((a, b) => value(a) - value(b));
      statuses.set(candidates[0] ?? relation.total, 'hidden');
      changed = true;
    }
  }
  return statuses;
}
