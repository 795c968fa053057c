/*
 * The round engine: rounds (a talking order), open floor (a raised-hand queue)
 * and free time (one countdown), as a pure state machine.
 *
 * Server: parse a client message with `commandSchema`, refuse it unless
 * `canApply(command, actor)`, then `reduce(state, toEvent(command, now))`; on
 * `ok` broadcast the new state, otherwise reply with `error.code`. Admissions
 * and departures go in as `peer.joined` / `peer.left` events.
 * Clients: parse the state with `engineStateSchema` and render from it with
 * `remainingMs`, `phase` and `placeInOrder` at server time (local clock plus
 * offset), never by counting ticks.
 */
export * from './state';
export * from './events';
export { reduce, recordActivity } from './reduce';
export { orderFor, shuffle } from './order';
export { actors, actorsFor, canApply, eventRules, type Actor } from './permissions';
export {
  attendance,
  currentTimer,
  elapsedMs,
  phase,
  placeInOrder,
  remainingMs,
  wrapUpWindowMs,
  type PeerTally,
  type Phase,
  type Place,
} from './derive';
export { timerElapsedMs, timerRemainingMs } from './timer';
export * from './schema';
