import { useTranslation } from '../../../i18n/translation';
import { CallView } from '../../../call/CallView';
import { useSnapshot } from '../../../state/use-snapshot';
import { Button } from '../../ui/Button';
import { LiveRoomLayout } from '../live/LiveRoomLayout';
import { LiveSummaryOr } from '../live/LiveRoomView';
import { InvitePanel } from './InvitePanel';
import { LobbyPanel } from './LobbyPanel';
import { PeoplePanel } from './PeoplePanel';
import { RoomControls } from './RoomControls';
import type { OpenSession } from './room-sessions';
import { useRoomSessions } from './room-sessions-context';
import { useRoomAnnouncements } from './use-room';

/** The open room: the facilitator's call beside the invite link, the lobby and the people. */
export function OpenRoomView({ open }: { open: OpenSession }) {
  const { t } = useTranslation();
  const sessions = useRoomSessions();
  const { room, live } = open;
  const snapshot = useSnapshot(room);
  useRoomAnnouncements(snapshot);
  if (snapshot.status === 'closed') {
    return (
      <LiveSummaryOr live={live}>
        <section className="card">
          <p>{t('room.closed')}</p>
          <div>
            <Button variant="primary" onClick={() => sessions.forgetClosed()}>
              {t('room.reopen')}
            </Button>
          </div>
        </section>
      </LiveSummaryOr>
    );
  }
  // The live screen places the call and these panels among the rounds, agenda and notes.
  return (
    <LiveRoomLayout
      live={live}
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
