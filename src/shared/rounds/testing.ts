/** Helpers for the engine's tests: play a script of events, failing loudly on a refusal. */
import type { EngineEvent, EventOf } from './events';
import { reduce } from './reduce';
import { createState, type EngineState } from './state';

export function play(
  events: readonly EngineEvent[],
  from: EngineState = createState(),
): EngineState {
  let state = from;
  for (const event of events) {
    const result = reduce(state, event);
    if (!result.ok) {
      throw new Error(`${event.type} at ${event.at} refused: ${result.error.code}`);
    }
    state = result.state;
  }
  return state;
}

export function joined(peerIds: readonly string[], at = 0): EngineEvent[] {
  return peerIds.map((peerId) => ({ type: 'peer.joined', peerId, at }));
}

export function roundStart(at: number, turnMs = 180_000): EventOf<'round.start'> {
  return {
    type: 'round.start',
    order: { by: 'join' },
    turnMs,
    passAllowed: true,
    lateJoiners: 'append',
    at,
  };
}

/** The round under way, or a thrown error naming what is running instead. */
export function roundOf(state: EngineState) {
  if (state.activity?.kind !== 'round') throw new Error(`no round: ${state.activity?.kind}`);
  return state.activity;
}

export function outcomes(state: EngineState): Record<string, string> {
  return Object.fromEntries(roundOf(state).turns.map((t) => [t.peerId, t.outcome]));
}
