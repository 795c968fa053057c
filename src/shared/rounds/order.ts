import { assertUnreachable } from '../errors';
import { done, fail, type OrderSpec, type Step } from './events';
import { seededRandom } from '../random';
import type { RosterEntry } from './state';

/** A Fisher–Yates shuffle driven by `seed`: same seed and input, same order. */
export function shuffle(peerIds: readonly string[], seed: number): string[] {
  const out = [...peerIds];
  const random = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = out[i] as string;
    out[i] = out[j] as string;
    out[j] = a;
  }
  return out;
}

/** The talking order for a round from the people present (the roster is in join order). */
export function orderFor(spec: OrderSpec, roster: readonly RosterEntry[]): Step<string[]> {
  const present = roster.map((entry) => entry.peerId);
  switch (spec.by) {
    case 'join':
      return done(present);
    case 'random':
      return done(shuffle(present, spec.seed));
    case 'manual': {
      if (new Set(spec.peerIds).size !== spec.peerIds.length) {
        return fail('INVALID_ORDER', 'The order names someone twice.');
      }
      const unknown = spec.peerIds.find((id) => !present.includes(id));
      if (unknown !== undefined) return fail('UNKNOWN_PEER', `${unknown} is not in the call.`);
      return done([...spec.peerIds]);
    }
    default:
      return assertUnreachable(spec);
  }
}

/**
 * Adds an item at the end of a list, among the items of the same instant
 * sorted by id. Items added at one instant then end up in the same order
 * whatever order their events came in.
 */
export function insertAtTail<T>(
  list: readonly T[],
  item: T,
  timeOf: (t: T) => number,
  idOf: (t: T) => string,
): T[] {
  let pos = list.length;
  while (pos > 0) {
    const before = list[pos - 1] as T;
    if (timeOf(before) !== timeOf(item) || idOf(before) <= idOf(item)) break;
    pos--;
  }
  return [...list.slice(0, pos), item, ...list.slice(pos)];
}
