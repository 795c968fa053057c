import { assertUnreachable } from '../errors';
import type { Actor, Command, EngineEvent, EventType } from './events';

/**
 * `staff`: facilitator or co-facilitator. `self`: staff, or a participant
 * acting on themselves (their own "je passe", their own hand). `server`: only
 * the server emits it; no client may.
 */
type Rule = 'staff' | 'self' | 'server';

/** Who may send each event. A new event type fails to compile until it is listed here. */
export const eventRules: Record<EventType, Rule> = {
  'peer.joined': 'server',
  'peer.left': 'server',
  'round.start': 'staff',
  'round.next': 'staff',
  'round.pass': 'self',
  'round.skip': 'staff',
  'round.extend': 'staff',
  'round.pause': 'staff',
  'round.resume': 'staff',
  'round.back': 'staff',
  'round.reorder': 'staff',
  'round.end': 'staff',
  'floor.start': 'staff',
  'floor.raiseHand': 'self',
  'floor.lowerHand': 'self',
  'floor.giveFloor': 'staff',
  'floor.next': 'staff',
  'floor.clearQueue': 'staff',
  'floor.end': 'staff',
  'free.start': 'staff',
  'free.pause': 'staff',
  'free.resume': 'staff',
  'free.extend': 'staff',
  'free.end': 'staff',
};

/**
 * Whether this actor may send this event. The engine itself never sees who
 * sent an event: the server asks here first, and the engine then checks the
 * event against the state (a participant's pass must still be for the turn
 * under way).
 */
export function canApply(event: Command | EngineEvent, actor: Actor): boolean {
  const rule = eventRules[event.type];
  const staff = actor.role === 'facilitator' || actor.role === 'cofacilitator';
  switch (rule) {
    case 'server':
      return false;
    case 'staff':
      return staff;
    case 'self':
      return staff || ('peerId' in event && event.peerId === actor.peerId);
    default:
      return assertUnreachable(rule);
  }
}
