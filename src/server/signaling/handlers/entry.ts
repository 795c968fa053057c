import { SignalingError } from '../../errors';
import type { ServerContext } from '../context';
import type { Handlers } from './types';

type EntryMethods = 'ping' | 'createRoom' | 'claimRoom' | 'enterLobby' | 'reconnect';

function checkKey(server: ServerContext, presented: string): void {
  if (!server.isFacilitatorKey(presented)) {
    throw new SignalingError('BAD_KEY', 'The facilitator key is not right.');
  }
}

export function issueInvite(server: ServerContext, roomId: string, ttlMinutes?: number) {
  const ttl = ttlMinutes === undefined ? server.inviteTtlMs : ttlMinutes * 60_000;
  const { token, expiresAt } = server.invites.issue(roomId, ttl);
  return { token, expiresAt, url: server.inviteUrl(roomId, token) };
}

/** How a connection gets a seat: as facilitator with the key, with an invite, or by reconnecting. */
export const entryHandlers: Handlers<EntryMethods> = {
  ping: ({ server }) => ({ serverTime: server.clock.now() }),

  createRoom: ({ server, scope }, data) => {
    checkKey(server, data.facilitatorKey);
    const room = server.registry.create({
      title: data.title,
      agreements: data.agreements,
      groupTag: data.groupTag,
    });
    const seat = room.seatFacilitator(data.displayName, scope.link);
    scope.seat = { room, peer: seat.peer };
    return {
      roomId: room.id,
      peerId: seat.peer.id,
      reconnectToken: seat.reconnectToken,
      invite: issueInvite(server, room.id, data.inviteTtlMinutes),
      state: room.stateFor(seat.peer),
    };
  },

  claimRoom: ({ server, scope }, data) => {
    checkKey(server, data.facilitatorKey);
    const room = server.registry.get(data.roomId);
    const seat = room.seatFacilitator(data.displayName, scope.link);
    scope.seat = { room, peer: seat.peer };
    return {
      peerId: seat.peer.id,
      reconnectToken: seat.reconnectToken,
      state: room.stateFor(seat.peer),
    };
  },

  enterLobby: ({ server, scope }, data) => {
    // The token is checked before the room is looked up, so nobody can probe room ids.
    server.invites.verify(data.inviteToken, data.roomId);
    const room = server.registry.get(data.roomId);
    const seat = room.enterLobby(data.displayName, scope.link, data.returningKey);
    scope.seat = { room, peer: seat.peer };
    return { peerId: seat.peer.id, reconnectToken: seat.reconnectToken, intro: room.intro() };
  },

  reconnect: ({ server, scope }, data) => {
    const room = server.registry.get(data.roomId);
    const peer = room.reconnect(data.peerId, data.reconnectToken, scope.link);
    scope.seat = { room, peer };
    if (peer.status === 'lobby') {
      return { status: 'lobby', intro: room.intro(), acknowledged: peer.acknowledged };
    }
    return { status: 'joined', role: peer.role, state: room.stateFor(peer) };
  },
};
