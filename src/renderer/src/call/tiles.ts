import type { CallSnapshot } from './call-client';
import { qualityOf } from './quality';
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
      pictureStalled: false,
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
        // One's own link: how one's media reaches the server, and how the others' reach us.
        quality: qualityOf([
          snapshot.ownScores.audio,
          snapshot.ownScores.video,
          ...Object.values(feeds).flatMap((f) => [f.audio?.score, f.video?.score]),
        ]),
      };
    }
    const feed = feeds[peer.peerId];
    // No layer fits our downlink: mediasoup forwards nothing, so show initials, not a frozen frame.
    const stalled = !!feed?.video && !feed.video.paused && feed.video.spatialLayer === null;
    const video = feed?.video && !feed.video.paused && !stalled ? feed.video.track : null;
    return {
      ...base,
      isSelf: false,
      video,
      pictureStalled: stalled,
      quality: qualityOf([
        feed?.audio?.score,
        feed?.audio?.producerScore,
        feed?.video?.score,
        feed?.video?.producerScore,
      ]),
      // Before media is live every feed is missing; saying "muted" then would be wrong.
      micOff: phase === 'live' && peer.connected && (!feed?.audio || feed.audio.paused),
      micHeld: false,
    };
  });
}
