import { SignalingError } from '../../../shared/signaling/errors';
import type { LinkEnd } from '../call/room-link';

/** Every way joining can stop; each has a title, an explanation and a next step on the page. */
export const joinFailures = [
  'linkIncomplete',
  'tokenInvalid',
  'tokenExpired',
  'tokenRevoked',
  'tokenUsedUp',
  'unreachable',
  'roomClosed',
  'locked',
  'full',
  'lobbyFull',
  'declined',
  'removed',
  'replaced',
  'lost',
  'expired',
  'left',
  'unknown',
] as const;
export type JoinFailure = (typeof joinFailures)[number];

/** What the failure page offers: trying the same step again, joining anew, or nothing. */
export type FailureAction = 'retry' | 'rejoin' | null;

/** A refusal from the server, or no server at all (anything that is not a reply). */
export function failureOfError(error: unknown): JoinFailure {
  if (!(error instanceof SignalingError)) return 'unreachable';
  switch (error.code) {
    case 'TOKEN_INVALID':
      return 'tokenInvalid';
    case 'TOKEN_EXPIRED':
      return 'tokenExpired';
    case 'TOKEN_REVOKED':
      return 'tokenRevoked';
    case 'TOKEN_USED_UP':
      return 'tokenUsedUp';
    case 'LOBBY_FULL':
      return 'lobbyFull';
    case 'ROOM_NOT_FOUND':
      return 'roomClosed';
    case 'ROOM_LOCKED':
      return 'locked';
    case 'ROOM_FULL':
      return 'full';
    default:
      return 'unknown';
  }
}

export function failureOfEnd(end: LinkEnd): JoinFailure {
  switch (end.kind) {
    case 'ended':
      return end.reason;
    case 'left':
    case 'lost':
    case 'expired':
      return end.kind;
  }
}

export function actionOf(failure: JoinFailure): FailureAction {
  switch (failure) {
    case 'unreachable':
    case 'locked':
    case 'full':
    case 'lobbyFull':
    case 'unknown':
      return 'retry';
    case 'lost':
    case 'expired':
    case 'left':
      return 'rejoin';
    default:
      return null;
  }
}
