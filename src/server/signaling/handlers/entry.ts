import { SignalingError } from '../../errors';
import { reconnectTokenMatches, seatNotKept } from '../../rooms/room-door';
import type { Room } from '../../rooms/room';
import type { ServerContext } from '../context';
import type { Handlers } from './types';

type EntryMethods = 'ping' | 'createRoom' | 'claimRoom' | 'enterLobby' | 'reconnect';

/** The name of the facilitator key presented, or BAD_KEY. */
function keyName(server: ServerContext, presented: string): string {
  const name = server.facilitatorKeys.check(presented);
  if (name === undefined) throw new SignalingError('BAD_KEY', 'The facilitator key is not right.');
  return name;
}

/** A link for the room's current invite generation. */
export function issueInvite(server: ServerContext, room: Room, ttlMinutes?: number) {
  const ttl = ttlMinutes === undefined ? server.inviteTtlMs : ttlMinutes * 60_000;
  const { token, expiresAt } = server.invites.issue(room.id, ttl, room.door.lobby.generation);
  return { token, expiresAt, url: server.inviteUrl(room.id, token) };
}

/** How a connection gets a seat: as facilitator with the key, with an invite, or by reconnecting. */
export const entryHandlers: Handlers<EntryMethods> = {
  ping: ({ server }) => ({ serverTime: server.clock.now() }),

  createRoom: ({ server, scope }, data) => {
    const ownerKeyName = keyName(server, data.facilitatorKey);
    const { room, ownerSecret } = server.registry.create({
      title: data.title,
      agreements: data.agreements,
      groupTag: data.groupTag,
      ownerKeyName,
    });
    const seat = room.seatFacilitator(data.displayName, scope.link);
    scope.seat = { room, peer: seat.peer };
    return {
      roomId: room.id,
      peerId: seat.peer.id,
      reconnectToken: seat.reconnectToken,
      invite: issueInvite(server, room, data.inviteTtlMinutes),
      state: room.stateFor(seat.peer),
      ownerSecret,
    };
  },

  claimRoom: ({ server, scope }, data) => {
    const name = keyName(server, data.facilitatorKey);
    const room = server.registry.find(data.roomId);
    // Another facilitator's key, or a guessed room: the same answer as a closed room.
    if (!room || room.closed || !room.door.ownedBy(name, data.ownerSecret)) {
      server.logger.warn('room claim refused', { room: room ? room.id : undefined });
      throw new SignalingError('ROOM_NOT_FOUND', 'This room does not exist, or it is not yours.');
    }
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
    const { generation } = server.invites.verify(data.inviteToken, data.roomId);
    const room = server.registry.get(data.roomId);
    const seat = room.enterLobby(data.displayName, scope.link, {
      ip: scope.ip,
      generation,
      returningKey: data.returningKey,
    });
    scope.seat = { room, peer: seat.peer };
    return { peerId: seat.peer.id, reconnectToken: seat.reconnectToken, intro: room.intro() };
  },

  reconnect: async ({ server, scope }, data) => {
    const room = server.registry.find(data.roomId);
    if (!room) {
      // Same work and same answer as a wrong token in a real room.
      reconnectTokenMatches(undefined, data.reconnectToken);
      throw seatNotKept();
    }
    const { peer, reconnectToken } = await room.reconnect(
      data.peerId,
      data.reconnectToken,
      scope.link,
    );
    scope.seat = { room, peer };
    if (peer.status === 'lobby') {
      return {
        status: 'lobby',
        intro: room.intro(),
        acknowledged: peer.acknowledged,
        reconnectToken,
      };
    }
    return { status: 'joined', role: peer.role, state: room.stateFor(peer), reconnectToken };
  },
};
