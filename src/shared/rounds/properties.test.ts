import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { elapsedMs, remainingMs } from './derive';
import { reduce } from './reduce';
import { engineStateSchema } from './schema';
import type { EngineState } from './state';
import { play, roundOf } from './testing';
import {
  PEERS,
  arrivals,
  dt,
  roundAction,
  roundStartIntent,
  run,
  steps,
  toEvent,
  type Intent,
} from './test-intents';

const byTimeThenId = (a: [number, string], b: [number, string]): boolean =>
  a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

function expectSortedUnique(keys: [number, string][]): void {
  keys
    .slice(1)
    .forEach((key, i) => expect(byTimeThenId(keys[i] as [number, string], key)).toBe(true));
}

/** What must hold in every state the engine can reach. */
function expectInvariants(state: EngineState): void {
  expect(engineStateSchema.safeParse(state).success).toBe(true);
  expectSortedUnique(state.roster.map((r) => [r.joinedAt, r.peerId]));
  const present = new Set(state.roster.map((r) => r.peerId));
  const activity = state.activity;
  if (activity?.kind === 'round') {
    const ids = activity.turns.map((t) => t.peerId);
    expect(new Set(ids).size).toBe(ids.length);
    const open = activity.turns.filter((t) => t.outcome === 'pending' || t.outcome === 'speaking');
    expect(activity.speaker).toBe(open[0]?.peerId ?? null);
    expect(open[0]?.outcome ?? 'speaking').toBe('speaking');
    expect(open.slice(1).every((t) => t.outcome === 'pending')).toBe(true);
    expect(open.every((t) => present.has(t.peerId))).toBe(true);
    expect(activity.timer === null).toBe(activity.speaker === null);
  }
  if (activity?.kind === 'openFloor') {
    expectSortedUnique(activity.queue.map((q) => [q.raisedAt, q.peerId]));
    expect(
      activity.queue.every((q) => present.has(q.peerId) && q.peerId !== activity.speaker),
    ).toBe(true);
    expect(activity.speaker === null || present.has(activity.speaker)).toBe(true);
    expect(activity.timer === null).toBe(activity.speaker === null);
  }
}

const timerIdentity = (state: EngineState): string | null => {
  const activity = state.activity;
  const timer = activity?.timer;
  if (!activity || !timer) return null;
  const who = activity.kind === 'freeTime' ? '' : activity.speaker;
  return `${activity.kind}/${who}/${timer.startedAt}/${timer.durationMs}`;
};

describe('round engine properties', () => {
  it('never lets time run backwards, and a refused event changes nothing', () => {
    const jittery = steps(60, { dt: fc.oneof(dt, fc.integer({ min: -5_000, max: -1 })) });
    fc.assert(
      fc.property(jittery, (script) => {
        run(script, undefined, (before, event, after, ok) => {
          if (event.at < before.at) expect(ok).toBe(false);
          if (!ok) expect(after).toBe(before);
          else expect(after.at).toBe(event.at);
          expect(after.at).toBeGreaterThanOrEqual(before.at);
          expectInvariants(after);
        });
      }),
    );
  });

  it('never gives back time on a running countdown unless it is extended or handed over', () => {
    fc.assert(
      fc.property(steps(), fc.array(fc.nat(300_000), { maxLength: 4 }), (script, probes) => {
        run(script, undefined, (before, _event, after) => {
          const id = timerIdentity(after);
          if (id !== null && id === timerIdentity(before)) {
            // Time used only grows; time left (when something counts down) only shrinks.
            expect(elapsedMs(after, after.at)).toBeGreaterThanOrEqual(
              elapsedMs(before, before.at) ?? 0,
            );
            const [left, leftBefore] = [
              remainingMs(after, after.at),
              remainingMs(before, before.at),
            ];
            if (left !== null && leftBefore !== null) expect(left).toBeLessThanOrEqual(leftBefore);
          }
          // Seen from any two instants, later never shows more time left.
          const times = probes.map((p) => after.at - 100_000 + p).sort((x, y) => x - y);
          const left = times.map((t) => remainingMs(after, t) ?? 0);
          left.slice(1).forEach((l, i) => expect(l).toBeLessThanOrEqual(left[i] as number));
        });
      }),
    );
  });

  it('gives every present person exactly one turn per round, unless skipped or passed', () => {
    const present = fc.uniqueArray(fc.constantFrom(...PEERS), { minLength: 1 });
    fc.assert(
      fc.property(
        present,
        roundStartIntent,
        steps(60, { round: roundAction, noise: false }),
        (first, start, script) => {
          let state = play(first.map((peerId) => ({ type: 'peer.joined', peerId, at: 0 })));
          const startStep = { dt: 0, idle: start, round: start, openFloor: start, freeTime: start };
          state = run([{ ...startStep, noise: null }], state);
          if (state.activity?.kind !== 'round') return;
          state = run(script, state, (_before, _event, after) => expectInvariants(after));
          // Then the facilitator lets everyone still waiting speak.
          for (let i = 0; i <= PEERS.length && roundOf(state).speaker !== null; i++) {
            const result = reduce(state, toEvent({ k: 'next' }, state, state.at + 1_000));
            expect(result.ok).toBe(true);
            state = result.state;
          }
          const round = roundOf(state);
          expect(round.speaker).toBeNull();

          const turnOf = new Map(round.turns.map((t) => [t.peerId, t]));
          expect(turnOf.size).toBe(round.turns.length);
          for (const peerId of first) expect(turnOf.has(peerId)).toBe(true);
          for (const { peerId } of state.roster) {
            const turn = turnOf.get(peerId);
            if (round.lateJoiners === 'append') expect(turn).toBeDefined();
            if (turn) expect(['spoke', 'passed', 'skipped']).toContain(turn.outcome);
          }
          const present = new Set(state.roster.map((r) => r.peerId));
          for (const turn of round.turns) {
            if (turn.outcome === 'left') expect(present.has(turn.peerId)).toBe(false);
          }
        },
      ),
    );
  });

  /*
   * Events that must commute when they share an instant: joining, leaving,
   * raising and lowering a hand, each by a different person. The engine breaks
   * ties by peer id (roster, queue, late joiners) and always gives the floor to
   * the first unsettled turn, so the order they arrive in does not matter.
   * Facilitator actions do not commute with them ("next" then "leave" is not
   * "leave" then "next") and the server applies those in arrival order.
   */
  it('reaches the same state whatever the order of simultaneous joins, leaves and hands', () => {
    const batch = fc.uniqueArray(
      fc.record({
        peer: fc.constantFrom(...PEERS),
        k: fc.constantFrom('join' as const, 'leave' as const, 'raise' as const, 'lower' as const),
      }),
      { selector: (i) => i.peer, minLength: 2 },
    );
    const twoOrders = batch.chain((intents) =>
      fc.tuple(
        fc.constant<Intent[]>(intents),
        fc.shuffledSubarray<Intent>(intents, {
          minLength: intents.length,
          maxLength: intents.length,
        }),
      ),
    );
    // People arrive first, so the activities that follow have someone to work with.
    const prefix = fc
      .tuple(arrivals(8), steps(40))
      .map(([arrivals, rest]) => [...arrivals, ...rest]);
    fc.assert(
      fc.property(prefix, twoOrders, dt, (script, [intents, permuted], delta) => {
        const before = run(script);
        const at = before.at + delta;
        const apply = (order: Intent[]) =>
          order.reduce<{ state: EngineState; refused: string[] }>(
            ({ state, refused }, intent) => {
              const result = reduce(state, toEvent(intent, state, at));
              if (result.ok) return { state: result.state, refused };
              return { state, refused: [...refused, JSON.stringify(intent)] };
            },
            { state: before, refused: [] },
          );
        const one = apply(intents);
        const other = apply(permuted);
        expectInvariants(one.state);
        expect(other.state).toEqual(one.state);
        expect([...other.refused].sort()).toEqual([...one.refused].sort());
      }),
      { numRuns: 300 },
    );
  });
});
