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

export type ParticipantRoundsParts = {
  rounds: RoundsClient;
  names: NameMemory;
  /** Stops listening to the call; also done when the call ends. */
  dispose(): void;
};

/**
 * The rounds of this call and the names seen in it. The server sends the
 * state to everyone admitted, and the client also asks for it, so it does not
 * matter how late this starts. Made by ParticipantRoundsProvider.
 */
export function createParticipantRounds(call: RoundsCall): ParticipantRoundsParts {
  const rounds = RoundsClient.create({ link: call.link, selfId: call.getSnapshot().selfId });
  const names = new NameMemory();
  names.remember(call.getSnapshot().room.peers);
  const stops = [
    call.subscribe(() => names.remember(call.getSnapshot().room.peers)),
    call.on('ended', () => dispose()),
  ];
  function dispose(): void {
    for (const stop of stops.splice(0)) stop();
    rounds.dispose();
  }
  return { rounds, names, dispose };
}
