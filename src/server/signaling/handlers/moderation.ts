import { issueInvite } from './entry';
import { seatOf, type Handlers } from './types';

type ModerationMethods =
  | 'acknowledgeAgreements'
  | 'showAgreements'
  | 'leave'
  | 'admit'
  | 'decline'
  | 'remove'
  | 'setRole'
  | 'lockRoom'
  | 'closeRoom'
  | 'createInvite'
  | 'setPausedByServer';

/** Lobby, roles and room life; who may send each is in roles.ts. */
export const moderationHandlers: Handlers<ModerationMethods> = {
  acknowledgeAgreements: (ctx, data) => {
    const { room, peer } = seatOf(ctx);
    room.acknowledge(peer, data.returningKey);
    return {};
  },

  showAgreements: (ctx) => {
    seatOf(ctx).room.showAgreements();
    return {};
  },

  leave: (ctx) => {
    const { room, peer } = seatOf(ctx);
    ctx.scope.seat = undefined;
    room.leave(peer);
    return {};
  },

  admit: (ctx, data) => {
    seatOf(ctx).room.admit(data.peerId);
    return {};
  },

  decline: (ctx, data) => {
    seatOf(ctx).room.decline(data.peerId);
    return {};
  },

  remove: (ctx, data) => {
    const { room, peer } = seatOf(ctx);
    room.remove(peer, data.peerId);
    return {};
  },

  setRole: (ctx, data) => {
    seatOf(ctx).room.setRole(data.peerId, data.role);
    return {};
  },

  lockRoom: (ctx, data) => {
    seatOf(ctx).room.setLocked(data.locked);
    return {};
  },

  closeRoom: (ctx) => {
    const { room } = seatOf(ctx);
    ctx.scope.seat = undefined;
    room.close();
    return {};
  },

  createInvite: (ctx, data) => {
    const { room } = seatOf(ctx);
    room.door.lobby.renew(data.maxUses);
    return issueInvite(ctx.server, room, data.ttlMinutes);
  },

  setPausedByServer: async (ctx, data) => {
    await seatOf(ctx).room.setPausedByServer(data.peerId, data.kind, data.paused);
    return {};
  },
};
