import { RoomMedia } from '../media/room-media';
import type { Peer } from './peer';
import { RoomRounds } from './room-rounds';
import type { RoomOptions } from './room-types';

/** What the parts of a room may see of its seats. */
export type RoomAccess = {
  /** The seat if it is in the call (not the lobby). */
  joined(peerId: string): Peer | undefined;
  /** Every seat, lobby included. */
  seats(): Iterable<Peer>;
  facilitator(): Peer | undefined;
};

/**
 * A room's media (absent on a signaling-only server) and its speaking
 * activity, which holds microphones through the media for talking-piece mode
 * and counts speaking time from its audio levels.
 */
export function createRoomParts(
  options: RoomOptions,
  access: RoomAccess,
): { media: RoomMedia | undefined; rounds: RoomRounds } {
  const provider = options.routerProvider;
  const media = provider
    ? RoomMedia.create({
        provider,
        logger: options.logger,
        maxConsumersPerPeer: options.maxConsumersPerPeer,
        notify: (peerId, name, data) => access.joined(peerId)?.notify(name, data),
        isPresent: (peerId) => access.joined(peerId)?.connected === true,
      })
    : undefined;
  const rounds = RoomRounds.create({
    clock: options.clock,
    departureGraceMs: options.departureGraceMs,
    speakingReportMs: options.speakingReportMs,
    seats: access.seats,
    facilitator: access.facilitator,
    holdMicrophone:
      media && ((peerId, held) => media.setServerPaused(peerId, 'audio', held, 'talkingPiece')),
    logger: options.logger,
  });
  media?.on('audioLevels', (levels) => rounds.audioLevels(levels));
  return { media, rounds };
}
