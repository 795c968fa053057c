import type { CallSnapshot } from './call-client';
import type { TileModel } from './Tile';

/** The people of the call as tiles: oneself first, then everyone in the room's order. */
export function tilesOf(snapshot: CallSnapshot): TileModel[] {
  const { room, selfId, feeds, speaking, phase } = snapshot;
  const self = room.peers.filter((peer) => peer.peerId === selfId);
  const others = room.peers.filter((peer) => peer.peerId !== selfId);
  return [...self, ...others].map((peer) => {
    const base = {
      peerId: peer.peerId,
      name: peer.displayName,
      role: peer.role,
      audioOnly: peer.audioOnly,
      away: !peer.connected,
      speaking: speaking.includes(peer.peerId),
    };
    if (peer.peerId === selfId) {
      const showVideo = !snapshot.audioOnly && !snapshot.cameraOff;
      return {
        ...base,
        isSelf: true,
        audioOnly: snapshot.audioOnly,
        video: showVideo ? snapshot.local.video : null,
        micOff: !snapshot.local.audio || snapshot.micMuted || snapshot.held.audio,
        micHeld: snapshot.held.audio,
      };
    }
    const feed = feeds[peer.peerId];
    const video = feed?.video && !feed.video.paused ? feed.video.track : null;
    return {
      ...base,
      isSelf: false,
      video,
      // Before media is live every feed is missing; saying "muted" then would be wrong.
      micOff: phase === 'live' && peer.connected && (!feed?.audio || feed.audio.paused),
      micHeld: false,
    };
  });
}
