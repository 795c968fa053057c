import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testServices } from '../../../tests/support/services';
import type { Presence } from '../../shared/live';
import { computeCounts } from './reports/compute';

/**
 * Random round histories, played into the attendance service as the room
 * would report them (arrivals, role changes, passes, "back", skips, rounds
 * ending, repeated writes): the live summary and the report agree, and both
 * agree with a plain model of "the latest outcome of each person's turn,
 * people reached only".
 */

const SEATS = 6;
/** Seats 0 and 4 are the same person in two tabs; seat 5 sends no returning key. */
const keyOf = (seat: number): string | undefined =>
  seat === 5 ? undefined : `person-key-${seat === 4 ? 0 : seat}-xxxxxxxx`;
const personOf = (seat: number) => keyOf(seat) ?? `cercle-peer-seat-000${seat}`;
const peerId = (seat: number) => `seat-000${seat}`;
const outcomes = ['pending', 'spoke', 'passed', 'skipped', 'left'] as const;
type Outcome = (typeof outcomes)[number];

const stepArb = fc.oneof(
  fc.record({
    type: fc.constant('presence' as const),
    seats: fc.uniqueArray(fc.nat({ max: SEATS - 1 }), { maxLength: SEATS }),
    staff: fc.uniqueArray(fc.nat({ max: SEATS - 1 }), { maxLength: 2 }),
  }),
  fc.record({ type: fc.constant('startRound' as const), floor: fc.boolean() }),
  fc.record({
    type: fc.constant('turn' as const),
    seat: fc.integer({ min: -1, max: SEATS - 1 }), // -1: the facilitator's own turn
    outcome: fc.constantFrom(...outcomes),
  }),
  fc.record({
    type: fc.constant('endRound' as const),
    turns: fc.array(
      fc.record({
        seat: fc.integer({ min: -1, max: SEATS - 1 }),
        outcome: fc.constantFrom('pending', 'spoke', 'passed', 'skipped', 'left' as const),
      }),
      { maxLength: SEATS },
    ),
  }),
  fc.constant({ type: 'repeat' as const }),
);

type Step = typeof stepArb extends fc.Arbitrary<infer T> ? T : never;

describe('live summary and report figures', () => {
  it('agree on every round history, and with the plain model', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 40 }), (steps) => {
        const s = testServices();
        const group = s.groups.create('Mardi soir');
        const plan = s.plans.create('P', { empty: true });
        const session = s.sessions.schedule(group.id, plan.id, s.clock.now);
        const sessionId = session.id;

        // The plain model.
        const seen = new Set<number>();
        const roleOf = new Map<string, 'participant' | 'cofacilitator'>();
        const turns = new Map<string, Outcome>(); // `${round}|${person}` → latest outcome
        const rounds: number[] = [];
        let current: { at: number; kind: 'round' | 'openFloor' } | null = null;
        let at = 1_000;

        const setTurn = (round: number, seat: number, outcome: Outcome) => {
          if (seat < 0 || !seen.has(seat)) return;
          turns.set(`${round}|${personOf(seat)}`, outcome);
        };

        let last: (() => void) | null = null;
        const write = (call: () => void) => {
          call();
          last = call;
        };

        for (const step of steps as Step[]) {
          s.clock.now += 1_000;
          switch (step.type) {
            case 'presence': {
              const peers: Presence = [
                { peerId: 'facilitator1', role: 'facilitator', displayName: 'Animation' },
                ...step.seats.map((seat) => {
                  const key = keyOf(seat);
                  return {
                    peerId: peerId(seat),
                    role: step.staff.includes(seat)
                      ? ('cofacilitator' as const)
                      : ('participant' as const),
                    displayName: `Personne ${seat}`,
                    ...(key ? { returningKey: key } : {}),
                  };
                }),
              ];
              const present = new Map<string, 'participant' | 'cofacilitator'>();
              for (const p of peers.slice(1)) {
                const seat = Number(p.peerId.slice(-1));
                seen.add(seat);
                const person = personOf(seat);
                if (present.get(person) !== 'cofacilitator') {
                  present.set(person, p.role as 'participant' | 'cofacilitator');
                }
              }
              for (const [person, role] of present) roleOf.set(person, role);
              write(() => s.attendance.presence(sessionId, peers));
              break;
            }
            case 'startRound': {
              at += 10_000;
              const kind = step.floor ? 'openFloor' : 'round';
              current = { at, kind };
              if (kind === 'round') rounds.push(at);
              const started = current;
              write(() =>
                s.attendance.activity(sessionId, {
                  blockId: null,
                  current: { kind: started.kind, startedAt: started.at },
                  ended: [],
                }),
              );
              break;
            }
            case 'turn': {
              if (current?.kind !== 'round') break;
              const round = current.at;
              setTurn(round, step.seat, step.outcome);
              const turn = {
                roundStartedAt: round,
                peerId: step.seat < 0 ? 'facilitator1' : peerId(step.seat),
                outcome: step.outcome,
              };
              write(() => s.attendance.turnOutcome(sessionId, turn));
              break;
            }
            case 'endRound': {
              if (current === null) break;
              const ended = current;
              current = null;
              const record =
                ended.kind === 'round'
                  ? {
                      kind: 'round' as const,
                      startedAt: ended.at,
                      endedAt: ended.at + 5_000,
                      turns: step.turns.map((t) => ({
                        peerId: t.seat < 0 ? 'facilitator1' : peerId(t.seat),
                        outcome: t.outcome,
                        spokenMs: 0,
                      })),
                    }
                  : {
                      kind: 'openFloor' as const,
                      startedAt: ended.at,
                      endedAt: ended.at + 5_000,
                      floors: [],
                    };
              if (ended.kind === 'round') {
                for (const t of step.turns) setTurn(ended.at, t.seat, t.outcome);
              }
              write(() =>
                s.attendance.activity(sessionId, { blockId: null, current: null, ended: [record] }),
              );
              break;
            }
            case 'repeat':
              // A retry of a write whose reply was lost: it already landed once.
              (last as (() => void) | null)?.();
              break;
          }
        }
        const summary = s.attendance.ended(sessionId);

        const counted = (outcome: Outcome) =>
          [...turns].filter(
            ([id, o]) => o === outcome && roleOf.get(id.split('|')[1]!) === 'participant',
          ).length;
        const expected = {
          participants: [...roleOf.values()].filter((r) => r === 'participant').length,
          team: [...roleOf.values()].filter((r) => r === 'cofacilitator').length,
          rounds: rounds.length,
          spoke: counted('spoke'),
          passed: counted('passed'),
        };
        expect(summary.totals).toEqual(expected);

        // The summary's own lines add up to its totals.
        const reached = summary.people.filter((p) => p.counted);
        expect(reached.length).toBe(summary.totals.participants);
        expect(reached.reduce((n, p) => n + p.spoke, 0)).toBe(summary.totals.spoke);
        expect(reached.reduce((n, p) => n + p.passed, 0)).toBe(summary.totals.passed);

        // And the report's true counts (before rounding) are the same figures.
        const month = new Date(s.clock.now).toISOString().slice(0, 7);
        const report = computeCounts(s.db, [group.id], { from: month, to: month });
        expect({
          attendances: report.attendances,
          roundsHeld: report.roundsHeld,
          spoke: report.roundTurnsTaken,
          passed: report.roundTurnsPassed,
        }).toEqual({
          attendances: summary.totals.participants,
          roundsHeld: summary.totals.rounds,
          spoke: summary.totals.spoke,
          passed: summary.totals.passed,
        });
        s.db.close();
      }),
      { numRuns: 80 },
    );
  });
});
