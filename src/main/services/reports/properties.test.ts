import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  seedAttendance,
  seedGroup,
  seedParticipant,
  seedRound,
  seedSession,
} from '../../../../tests/support/seed-attendance';
import { monthFromNumber, monthNumber } from '../../../shared/reports';
import { openDatabase } from '../../db/connection';
import { directoryPlatform } from '../../platform/directory-platform';
import type { ReportCounts } from './anonymise';
import { computeCounts } from './compute';
import { createReportsService } from './service';
import { expectNoDisclosure } from './testing';

/** Random attendance tables over six months (January–June 2025, local time). */
const MONTHS = 6;
const FIRST = monthNumber('2025-01');

const sessionArb = fc.record({
  group: fc.nat({ max: 1 }),
  month: fc.nat({ max: MONTHS - 1 }),
  // Midnight on the 1st is a month's first instant: boundaries come up often.
  day: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 28 })),
  hour: fc.oneof(fc.constant(0), fc.nat({ max: 23 })),
  status: fc.constantFrom('done', 'done', 'done', 'cancelled', 'scheduled'),
  minutes: fc.option(fc.integer({ min: 0, max: 180 }), { freq: 4 }),
  attendees: fc.uniqueArray(fc.nat({ max: 15 }), { maxLength: 12 }),
  cofacilitator: fc.option(fc.nat({ max: 15 })),
  rounds: fc.array(
    fc.record({
      kind: fc.constantFrom('round', 'round', 'openFloor', 'freeTime'),
      taken: fc.nat({ max: 12 }),
      passed: fc.nat({ max: 6 }),
    }),
    { maxLength: 3 },
  ),
});

const tableArb = fc.record({
  groups: fc.integer({ min: 1, max: 2 }),
  sessions: fc.array(sessionArb, { maxLength: 30 }),
  from: fc.nat({ max: MONTHS - 1 }),
  span: fc.integer({ min: 1, max: MONTHS }),
});

type Table = typeof tableArb extends fc.Arbitrary<infer T> ? T : never;

/** Participant p belongs to group p % groups: each person is known to one group only. */
const groupOf = (t: Table, p: number) => p % t.groups;
const live = (t: Table) =>
  t.sessions
    .map((s) => ({ ...s, group: s.group % t.groups }))
    .map((s) => ({ ...s, attendees: s.attendees.filter((p) => groupOf(t, p) === s.group) }));

/** The same figures, counted the slow, obvious way. */
function naiveCounts(t: Table, from: number, to: number): Omit<ReportCounts, 'months'> {
  const held = live(t).filter((s) => s.status === 'done');
  const inPeriod = held.filter((s) => s.month >= from && s.month <= to);
  const people = new Set(inPeriod.flatMap((s) => s.attendees));
  const before = new Set(held.filter((s) => s.month < from).flatMap((s) => s.attendees));
  const rounds = inPeriod.flatMap((s) => s.rounds).filter((r) => r.kind === 'round');
  const timed = inPeriod.filter((s) => s.minutes !== null);
  const returning = [...people].filter((p) => before.has(p)).length;
  return {
    sessionsHeld: inPeriod.length,
    attendances: inPeriod.reduce((n, s) => n + s.attendees.length, 0),
    distinctParticipants: people.size,
    newParticipants: people.size - returning,
    returningParticipants: returning,
    roundsHeld: rounds.length,
    roundTurnsTaken: rounds.reduce((n, r) => n + r.taken, 0),
    roundTurnsPassed: rounds.reduce((n, r) => n + r.passed, 0),
    timedSessions: timed.length,
    timedMs: timed.reduce((n, s) => n + s.minutes! * 60_000, 0),
  };
}

function seed(t: Table) {
  const db = openDatabase(':memory:');
  const groupIds = Array.from({ length: t.groups }, (_, g) => seedGroup(db, `Groupe ${g}`));
  const people = Array.from({ length: 16 }, (_, p) =>
    seedParticipant(db, { groupId: groupIds[groupOf(t, p)]! }),
  );
  for (const s of live(t)) {
    const m = FIRST + s.month;
    const startedAt = new Date(Math.floor(m / 12), m % 12, s.day, s.hour).getTime();
    const id = seedSession(db, {
      groupId: groupIds[s.group]!,
      startedAt,
      minutes: s.minutes,
      status: s.status,
    });
    for (const p of s.attendees) seedAttendance(db, id, people[p]!);
    const co = s.cofacilitator;
    if (co !== null && groupOf(t, co) === s.group && !s.attendees.includes(co)) {
      seedAttendance(db, id, people[co]!, 'cofacilitator');
    }
    for (const r of s.rounds) seedRound(db, id, r);
  }
  return { db, groupIds };
}

describe('reports on random attendance tables', () => {
  it('count exactly what happened, and publish nothing a reader could recover', () => {
    fc.assert(
      fc.property(tableArb, (t) => {
        const { db, groupIds } = seed(t);
        try {
          const from = t.from;
          const to = Math.min(MONTHS - 1, t.from + t.span - 1);
          const range = { from: monthFromNumber(FIRST + from), to: monthFromNumber(FIRST + to) };
          const counts = computeCounts(db, groupIds, range);
          const { months, ...totals } = counts;
          expect(totals).toEqual(naiveCounts(t, from, to));
          expect(months.map((m) => m.attendances)).toEqual(
            Array.from({ length: to - from + 1 }, (_, i) =>
              live(t)
                .filter((s) => s.status === 'done' && s.month === from + i)
                .reduce((n, s) => n + s.attendees.length, 0),
            ),
          );

          const reports = createReportsService(
            db,
            directoryPlatform('/nonexistent'),
            () => 'fr',
            () => new Date(2025, 7, 1).getTime(),
          );
          const report = reports.compute({ groupIds, period: { kind: 'range', ...range } });
          expectNoDisclosure(report, counts);
        } finally {
          db.close();
        }
      }),
      { numRuns: 150 },
    );
  });
});
