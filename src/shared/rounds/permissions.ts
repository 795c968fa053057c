import type { Command, EngineEvent, EventType, Sender } from './events';

/**
 * Who is sending, as the server sees a connection: no seat yet, waiting in
 * the lobby, or in the call with a role. The one vocabulary of who may send
 * what: the signaling table (server/signaling/roles.ts) takes its round
 * commands' rows from the rules below.
 */
export const actors = ['none', 'lobby', 'participant', 'cofacilitator', 'facilitator'] as const;
export type Actor = (typeof actors)[number];

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

const ruleActors: Record<Rule, readonly Actor[]> = {
  staff: ['cofacilitator', 'facilitator'],
  self: ['participant', 'cofacilitator', 'facilitator'],
  server: [],
};

/** The actors who may send this event at all (a `self` one only about themselves, see canApply). */
export function actorsFor(type: EventType): readonly Actor[] {
  return ruleActors[eventRules[type]];
}

/**
 * Whether this sender may send this event. The engine itself never sees who
 * sent an event: the server asks here first, and the engine then checks the
 * event against the state (a participant's pass must still be for the turn
 * under way).
 */
export function canApply(event: Command | EngineEvent, sender: Sender): boolean {
  const rule = eventRules[event.type];
  if (!ruleActors[rule].includes(sender.role)) return false;
  return (
    rule !== 'self' ||
    sender.role !== 'participant' ||
    ('peerId' in event && event.peerId === sender.peerId)
  );
}
