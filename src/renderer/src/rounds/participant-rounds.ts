import type { PeerInfo } from '../../../shared/signaling';
import { NameMemory } from './name-memory';
import { RoundsClient } from './rounds-client';
import type { RoundsLink } from './rounds-link';

/** The part of a participant's call the rounds need. The call's CallClient fits. */
export type RoundsCall = {
  readonly link: RoundsLink;
  getSnapshot(): { selfId: string; room: { peers: readonly PeerInfo[] } };
  subscribe(listener: () => void): () => void;
  on(event: 'ended', listener: () => void): () => void;
};

export type ParticipantRoundsParts = { rounds: RoundsClient; names: NameMemory };

const byCall = new WeakMap<RoundsCall, ParticipantRoundsParts>();

/**
 * The rounds of this call, made the first time they are asked for and let go
 * when the call ends. The server sends the state to everyone admitted, and
 * the client also asks for it, so it does not matter how late this starts.
 */
export function roundsForCall(call: RoundsCall): ParticipantRoundsParts {
  let parts = byCall.get(call);
  if (!parts) {
    const rounds = RoundsClient.create({ link: call.link, selfId: call.getSnapshot().selfId });
    const names = new NameMemory();
    names.remember(call.getSnapshot().room.peers);
    const stop = call.subscribe(() => names.remember(call.getSnapshot().room.peers));
    call.on('ended', () => {
      stop();
      rounds.dispose();
    });
    parts = { rounds, names };
    byCall.set(call, parts);
  }
  return parts;
}
