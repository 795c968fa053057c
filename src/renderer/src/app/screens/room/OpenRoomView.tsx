import { useTranslation } from 'react-i18next';
import { CallView } from '../../../call/CallView';
import { Button } from '../../ui/Button';
import { LiveRoomView, LiveSummaryOr } from '../live/LiveRoomView';
import { forgetClosedRoom } from './active-room';
import type { FacilitatorRoom } from './facilitator-room';
import { InvitePanel } from './InvitePanel';
import { LobbyPanel } from './LobbyPanel';
import { PeoplePanel } from './PeoplePanel';
import { RoomControls } from './RoomControls';
import { useFacilitatorRoom, useRoomAnnouncements } from './use-room';

/** The open room: the facilitator's call beside the invite link, the lobby and the people. */
export function OpenRoomView({ room }: { room: FacilitatorRoom }) {
  const { t } = useTranslation();
  const snapshot = useFacilitatorRoom(room);
  useRoomAnnouncements(snapshot);
  if (snapshot.status === 'closed') {
    return (
      <LiveSummaryOr room={room}>
        <section className="card">
          <p>{t('room.closed')}</p>
          <div>
            <Button variant="primary" onClick={forgetClosedRoom}>
              {t('room.reopen')}
            </Button>
          </div>
        </section>
      </LiveSummaryOr>
    );
  }
  // The live screen places the call and these panels among the rounds, agenda and notes.
  return (
    <LiveRoomView
      room={room}
      call={
        <div className="room-call">
          {snapshot.status === 'reconnecting' ? (
            <p className="call-banner">{t('room.connectionLost')}</p>
          ) : null}
          <CallView client={room.call} />
        </div>
      }
      side={
        <>
          <LobbyPanel room={room} snapshot={snapshot} />
          <InvitePanel room={room} snapshot={snapshot} />
          <PeoplePanel room={room} snapshot={snapshot} />
          <RoomControls room={room} />
        </>
      }
    />
  );
}
