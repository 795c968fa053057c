import { useCallback } from 'react';
import { useTranslation } from '../i18n/translation';
import type { CallClient } from '../call/call-client';
import { useSnapshot } from '../state/use-snapshot';
import { ParticipantRoundPanel } from './ParticipantRoundPanel';
import { useParticipantRounds } from './participant-rounds-context';

/** The round panel of the participant page, for the call the join flow opened (inside its provider). */
export function ParticipantRounds({
  call,
  agreements,
  onLeave,
}: {
  call: CallClient;
  agreements: string;
  onLeave?: () => void;
}) {
  const { t } = useTranslation();
  const snapshot = useSnapshot(call);
  const { rounds, names } = useParticipantRounds();
  const peers = snapshot.room.peers;
  const onAgreementsShown = useCallback(
    (open: () => void) => call.link.onNotification('agreementsShown', open),
    [call],
  );
  const nameOf = useCallback(
    (peerId: string) =>
      peers.find((peer) => peer.peerId === peerId)?.displayName ??
      names.get(peerId) ??
      t('rounds.someoneGone'),
    [peers, names, t],
  );
  return (
    <ParticipantRoundPanel
      rounds={rounds}
      nameOf={nameOf}
      agreements={agreements}
      onAgreementsShown={onAgreementsShown}
      {...(onLeave ? { onLeave } : {})}
    />
  );
}
