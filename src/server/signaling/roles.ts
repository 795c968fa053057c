import type { Method } from '../../shared/signaling';
import type { ConnectionScope } from './context';

/**
 * Who is sending: a connection without a seat, a person waiting in the
 * lobby, or someone in the call with their role.
 */
export const actors = ['none', 'lobby', 'participant', 'cofacilitator', 'facilitator'] as const;
export type Actor = (typeof actors)[number];

const seated = ['participant', 'cofacilitator', 'facilitator'] as const;
const staff = ['cofacilitator', 'facilitator'] as const;

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
  // Speaking activity: staff drive it. The few a participant may send are
  // narrowed further by the engine's canApply: only their own turn or hand.
  roundStart: staff,
  roundNext: staff,
  roundPass: seated,
  roundSkip: staff,
  roundExtend: staff,
  roundPause: staff,
  roundResume: staff,
  roundBack: staff,
  roundReorder: staff,
  roundEnd: staff,
  floorStart: staff,
  floorRaiseHand: seated,
  floorLowerHand: seated,
  floorGiveFloor: staff,
  floorNext: staff,
  floorClearQueue: staff,
  floorEnd: staff,
  freeStart: staff,
  freePause: staff,
  freeResume: staff,
  freeExtend: staff,
  freeEnd: staff,
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
