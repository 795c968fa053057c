/**
 * Random scripts for the property tests. An intent is what someone means to do
 * ("next speaker"); it becomes a concrete event against the state of the
 * moment, so most generated events are meaningful rather than refused.
 */
import fc from 'fast-check';
import { assertUnreachable } from '../errors';
import type { EngineEvent } from './events';
import { shuffle } from './order';
import { reduce } from './reduce';
import { createState, type EngineState, type LateJoiners } from './state';

export const PEERS = ['a', 'b', 'c', 'd', 'e', 'f'] as const;

export type Intent =
  | { k: 'join' | 'leave' | 'raise' | 'lower' | 'give' | 'skip'; peer: string }
  | {
      k:
        | 'next'
        | 'pass'
        | 'extend'
        | 'pause'
        | 'resume'
        | 'back'
        | 'end'
        | 'floorNext'
        | 'clearQueue'
        | 'freePause'
        | 'freeResume'
        | 'freeExtend';
    }
  | { k: 'reorder'; seed: number }
  | {
      k: 'roundStart';
      order: 'join' | 'random' | 'manual';
      seed: number;
      turnMs: number;
      passAllowed: boolean;
      lateJoiners: LateJoiners;
    }
  | { k: 'floorStart'; turnMs: number | null }
  | { k: 'freeStart'; durationMs: number };

/**
 * One step of a script: a delay and, for each kind of activity, what someone
 * would do if that activity is running, so most steps make sense; now and then
 * `noise` sends something arbitrary instead, to exercise refusals.
 */
export type Step = {
  dt: number;
  idle: Intent;
  round: Intent;
  openFloor: Intent;
  freeTime: Intent;
  noise: Intent | null;
};

const peer = fc.constantFrom(...PEERS);
const seed = fc.integer({ min: 0, max: 0xffff_ffff });
const onPeer = (...ks: ('join' | 'leave' | 'raise' | 'lower' | 'give' | 'skip')[]) =>
  fc.record({ k: fc.constantFrom(...ks), peer });
const bare = <K extends string>(...ks: K[]) => fc.record({ k: fc.constantFrom(...ks) });
const turnMs = fc.constantFrom(5_000, 30_000, 60_000, 180_000);

export const peerIntent: fc.Arbitrary<Intent> = onPeer('join', 'leave');

export const roundStartIntent: fc.Arbitrary<Intent> = fc.record({
  k: fc.constant('roundStart' as const),
  order: fc.constantFrom('join' as const, 'random' as const, 'manual' as const),
  seed,
  turnMs,
  passAllowed: fc.boolean(),
  lateJoiners: fc.constantFrom('append' as const, 'ignore' as const),
});

/** Everything that can happen during a round, except its end. */
export const roundAction: fc.Arbitrary<Intent> = fc.oneof(
  { arbitrary: onPeer('join', 'leave'), weight: 3 },
  { arbitrary: bare('next', 'pass', 'extend', 'pause', 'resume', 'back'), weight: 6 },
  { arbitrary: onPeer('skip'), weight: 1 },
  { arbitrary: fc.record({ k: fc.constant('reorder' as const), seed }), weight: 1 },
);

const idleIntent: fc.Arbitrary<Intent> = fc.oneof(
  { arbitrary: peerIntent, weight: 3 },
  { arbitrary: roundStartIntent, weight: 3 },
  {
    arbitrary: fc.record({ k: fc.constant('floorStart' as const), turnMs: fc.option(turnMs) }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      k: fc.constant('freeStart' as const),
      durationMs: fc.constantFrom(60_000, 600_000),
    }),
    weight: 1,
  },
);
const roundIntent = fc.oneof(
  { arbitrary: roundAction, weight: 15 },
  { arbitrary: bare('end'), weight: 1 },
);
const floorIntent: fc.Arbitrary<Intent> = fc.oneof(
  { arbitrary: peerIntent, weight: 2 },
  { arbitrary: onPeer('raise', 'lower', 'give'), weight: 5 },
  { arbitrary: bare('floorNext', 'clearQueue'), weight: 2 },
  { arbitrary: bare('end'), weight: 1 },
);
const freeIntent: fc.Arbitrary<Intent> = fc.oneof(
  { arbitrary: peerIntent, weight: 2 },
  { arbitrary: bare('freePause', 'freeResume', 'freeExtend'), weight: 3 },
  { arbitrary: bare('end'), weight: 1 },
);
const anyIntent = fc.oneof(idleIntent, roundIntent, floorIntent, freeIntent);

/** Mostly simultaneous events, so ties are common. */
export const dt = fc.oneof(fc.constant(0), fc.constantFrom(1_000, 10_000, 60_000, 200_000));

export function steps(
  maxLength = 60,
  options: { dt?: fc.Arbitrary<number>; round?: fc.Arbitrary<Intent>; noise?: boolean } = {},
): fc.Arbitrary<Step[]> {
  const step = fc.record({
    dt: options.dt ?? dt,
    idle: idleIntent,
    round: options.round ?? roundIntent,
    openFloor: floorIntent,
    freeTime: freeIntent,
    noise:
      options.noise === false
        ? fc.constant(null)
        : fc.oneof(
            { arbitrary: fc.constant(null), weight: 9 },
            { arbitrary: anyIntent, weight: 1 },
          ),
  });
  return fc.array(step, { maxLength });
}

/** People arriving, one step each. */
export const arrivals = (maxLength: number): fc.Arbitrary<Step[]> =>
  fc.array(fc.record({ dt, peer }), { maxLength }).map((list) =>
    list.map(({ dt: delta, peer: peerId }) => {
      const join: Intent = { k: 'join', peer: peerId };
      return { dt: delta, idle: join, round: join, openFloor: join, freeTime: join, noise: join };
    }),
  );

export function intentFor(step: Step, state: EngineState): Intent {
  return step.noise ?? step[state.activity?.kind ?? 'idle'];
}

function speakerOf(state: EngineState): string {
  const activity = state.activity;
  return activity !== null && activity.kind !== 'freeTime' ? (activity.speaker ?? 'a') : 'a';
}

/** The concrete event for an intent, against the state of the moment. */
export function toEvent(intent: Intent, state: EngineState, at: number): EngineEvent {
  switch (intent.k) {
    case 'join':
      return { type: 'peer.joined', peerId: intent.peer, at };
    case 'leave':
      return { type: 'peer.left', peerId: intent.peer, at };
    case 'raise':
      return { type: 'floor.raiseHand', peerId: intent.peer, at };
    case 'lower':
      return { type: 'floor.lowerHand', peerId: intent.peer, at };
    case 'give':
      return { type: 'floor.giveFloor', peerId: intent.peer, at };
    case 'skip':
      return { type: 'round.skip', peerId: intent.peer, at };
    case 'next':
      return { type: 'round.next', peerId: speakerOf(state), at };
    case 'pass':
      return { type: 'round.pass', peerId: speakerOf(state), at };
    case 'extend':
      return { type: 'round.extend', peerId: speakerOf(state), ms: 30_000, at };
    case 'pause':
      return { type: 'round.pause', at };
    case 'resume':
      return { type: 'round.resume', at };
    case 'back':
      return { type: 'round.back', at };
    case 'end': {
      const kind = state.activity?.kind;
      return {
        type: kind === 'openFloor' ? 'floor.end' : kind === 'freeTime' ? 'free.end' : 'round.end',
        at,
      };
    }
    case 'floorNext':
      return { type: 'floor.next', at };
    case 'clearQueue':
      return { type: 'floor.clearQueue', at };
    case 'freePause':
      return { type: 'free.pause', at };
    case 'freeResume':
      return { type: 'free.resume', at };
    case 'freeExtend':
      return { type: 'free.extend', ms: 60_000, at };
    case 'reorder': {
      const round = state.activity?.kind === 'round' ? state.activity : null;
      const waiting =
        round?.turns.filter((t) => t.outcome === 'pending').map((t) => t.peerId) ?? [];
      return { type: 'round.reorder', peerIds: shuffle(waiting, intent.seed), at };
    }
    case 'roundStart': {
      const { seed: s, turnMs: ms, passAllowed, lateJoiners } = intent;
      const present = state.roster.map((r) => r.peerId);
      const order =
        intent.order === 'join'
          ? { by: 'join' as const }
          : intent.order === 'random'
            ? { by: 'random' as const, seed: s }
            : { by: 'manual' as const, peerIds: shuffle(present, s) };
      return { type: 'round.start', order, turnMs: ms, passAllowed, lateJoiners, at };
    }
    case 'floorStart':
      return { type: 'floor.start', turnMs: intent.turnMs, at };
    case 'freeStart':
      return { type: 'free.start', durationMs: intent.durationMs, at };
    default:
      return assertUnreachable(intent);
  }
}

/** Plays a script; `onStep` sees each transition, refused ones included. */
export function run(
  script: readonly Step[],
  from: EngineState = createState(),
  onStep?: (before: EngineState, event: EngineEvent, after: EngineState, ok: boolean) => void,
): EngineState {
  let state = from;
  for (const step of script) {
    const event = toEvent(intentFor(step, state), state, state.at + step.dt);
    const result = reduce(state, event);
    onStep?.(state, event, result.state, result.ok);
    state = result.state;
  }
  return state;
}
