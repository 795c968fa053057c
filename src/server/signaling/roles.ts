import { actors, actorsFor, type Actor } from '../../shared/rounds';
import { roundCommandOf, type CommandMethod, type Method } from '../../shared/signaling';
import type { ConnectionScope } from './context';

/** Who is sending (no seat, lobby, or a role in the call): the shared vocabulary. */
export { actors, type Actor };

const seated: readonly Actor[] = ['participant', 'cofacilitator', 'facilitator'];
const staff: readonly Actor[] = ['cofacilitator', 'facilitator'];

/**
 * The rows of the speaking-activity commands, each made from the engine's own
 * rule for its event (shared/rounds/permissions.ts), so the door and the
 * engine cannot disagree. A participant's `self` commands are narrowed further
 * by the engine's canApply: only their own turn or hand.
 */
const roundCommandRows = Object.fromEntries(
  (Object.keys(roundCommandOf) as CommandMethod[]).map((m) => [m, actorsFor(roundCommandOf[m])]),
) as Record<CommandMethod, readonly Actor[]>;

/**
 * The one authorization table: method → actors allowed to send it. Anything
 * else is refused with FORBIDDEN before the data is even parsed.
 */
export const permissions: Record<Method, readonly Actor[]> = {
  ping: actors,
  createRoom: ['none'],
  claimRoom: ['none'],
  enterLobby: ['none'],
  reconnect: ['none'],
  acknowledgeAgreements: ['lobby'],
  showAgreements: staff,
  leave: ['lobby', ...seated],
  admit: staff,
  decline: staff,
  remove: staff,
  setRole: ['facilitator'],
  lockRoom: staff,
  closeRoom: ['facilitator'],
  createInvite: ['facilitator'],
  getRouterRtpCapabilities: seated,
  createTransport: seated,
  connectTransport: seated,
  restartIce: seated,
  startMedia: seated,
  setMediaPreferences: seated,
  produce: seated,
  closeProducer: seated,
  pauseProducer: seated,
  resumeProducer: seated,
  resumeConsumer: seated,
  setConsumerPreferredLayers: seated,
  setPausedByServer: ['facilitator'],
  ...roundCommandRows,
  setTalkingPiece: staff,
  getActivityState: seated,
};

export function actorOf(scope: ConnectionScope): Actor {
  const peer = scope.seat?.peer;
  if (!peer) return 'none';
  return peer.status === 'lobby' ? 'lobby' : peer.role;
}

export function isAllowed(method: Method, actor: Actor): boolean {
  return permissions[method].includes(actor);
}
