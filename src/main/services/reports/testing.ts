import { expect } from 'vitest';
import type { AnonymisedReport, ProtectedCount } from '../../../shared/reports';
import type { ReportCounts } from './anonymise';
import type { CellStatus } from './suppression';

/**
 * Test helpers: what a reader of a report can deduce, worked out independently
 * of the implementation (by enumeration, not by the interval arithmetic
 * suppression.ts uses).
 */

/**
 * Every value each hidden part can take, given the published total, the
 * published parts, and the rule (a `<5` cell holds 1–4, a withheld one ≥ 5).
 */
export function feasibleValues(
  parts: { value: number; status: CellStatus }[],
  total: number,
): { sum: number; options: number[][] } {
  const hidden = parts.filter((p) => p.status !== 'published');
  const sum =
    total - parts.filter((p) => p.status === 'published').reduce((s, p) => s + p.value, 0);
  const range = (p: { status: CellStatus }) =>
    p.status === 'small'
      ? [1, 2, 3, 4]
      : Array.from({ length: Math.max(0, sum - 4) }, (_, i) => i + 5);
  const options = hidden.map((_, h) => {
    // Sums the other hidden parts can reach together, built one part at a time.
    let reachable = new Set([0]);
    hidden.forEach((other, j) => {
      if (j === h) return;
      const next = new Set<number>();
      for (const s of reachable) for (const v of range(other)) if (s + v <= sum) next.add(s + v);
      reachable = next;
    });
    return range(hidden[h]!).filter((v) => reachable.has(sum - v));
  });
  return { sum, options };
}

const statusOf = (c: ProtectedCount): CellStatus => (c.status === 'value' ? 'published' : c.status);

/** A relation as published, checked against the true values behind it. */
function expectRelationSafe(
  total: { shown: ProtectedCount; value: number },
  parts: { shown: ProtectedCount; value: number }[],
): void {
  if (total.shown.status !== 'value') return;
  const cells = parts.map((p) => ({ value: p.value, status: statusOf(p.shown) }));
  const { sum, options } = feasibleValues(cells, total.value);
  if (options.length === 0) return;
  // The hidden cells together are not a small count, and none is pinned to one value.
  expect(sum).toBeGreaterThanOrEqual(5);
  for (const values of options) expect(values.length).toBeGreaterThanOrEqual(2);
}

/** Every rule a published report must keep, given the true counts it was made from. */
export function expectNoDisclosure(report: AnonymisedReport, counts: ReportCounts): void {
  const f = report.figures;
  const protectedCounts: [ProtectedCount, number][] = [
    [f.attendances, counts.attendances],
    [f.distinctParticipants, counts.distinctParticipants],
    [f.newParticipants, counts.newParticipants],
    [f.returningParticipants, counts.returningParticipants],
    [f.roundTurnsTaken, counts.roundTurnsTaken],
    [f.roundTurnsPassed, counts.roundTurnsPassed],
    ...report.monthly.map((m, i) => [m.attendances, counts.months[i]!.attendances] as const),
  ] as [ProtectedCount, number][];
  for (const [shown, value] of protectedCounts) {
    if (shown.status === 'value') {
      // No published count from 1 to 4; every count of people is a multiple of 5, so two
      // reports never differ by 1–4 in any of them.
      expect(shown.value === 0 || shown.value >= 5).toBe(true);
      expect(shown.value % 5).toBe(0);
      expect(Math.abs(shown.value - value)).toBeLessThanOrEqual(2);
      expect(shown.value === 0).toBe(value === 0);
    } else if (shown.status === 'small') {
      expect(value >= 1 && value <= 4).toBe(true);
    } else {
      expect(value).toBeGreaterThanOrEqual(5);
    }
  }
  expectRelationSafe(
    { shown: f.attendances, value: counts.attendances },
    report.monthly.map((m, i) => ({ shown: m.attendances, value: counts.months[i]!.attendances })),
  );
  expectRelationSafe({ shown: f.distinctParticipants, value: counts.distinctParticipants }, [
    { shown: f.newParticipants, value: counts.newParticipants },
    { shown: f.returningParticipants, value: counts.returningParticipants },
  ]);
  // Averages and shares never stand on a hidden count.
  if (f.attendances.status !== 'value') expect(f.averageAttendance.status).not.toBe('value');
  if (f.roundTurnsTaken.status !== 'value' || f.roundTurnsPassed.status !== 'value') {
    expect(f.roundTurnsTakenPercent.status).not.toBe('value');
  }
}
