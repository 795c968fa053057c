import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../../call/use-call';
import { Button } from '../../ui/Button';
import { activeRoom } from '../room/active-room';
import type { FacilitatorRoom } from '../room/facilitator-room';
import type { FacilitatorLive } from './facilitator-live';
import { existingLive, useLive } from './live-registry';
import { LiveRoomLayout } from './LiveRoomLayout';
import { SessionSummaryView } from './SessionSummaryView';
import { useLiveSnapshot } from './use-live';
import '../../../styles/live.css';

/**
 * The open room as the facilitator's live screen: the room's own call and
 * panels placed among the rounds, agenda, notes and tools of the session it
 * was opened for.
 */
export function LiveRoomView({
  room,
  call,
  side,
}: {
  room: FacilitatorRoom;
  call: ReactNode;
  side: ReactNode;
}) {
  const active = useStore(activeRoom);
  const sessionId = active && active.room === room ? active.sessionId : null;
  if (sessionId === null) {
    return (
      <div className="room-layout">
        <div className="room-call">{call}</div>
        <div className="room-side">{side}</div>
      </div>
    );
  }
  return <LiveSession sessionId={sessionId} room={room} call={call} side={side} />;
}

function LiveSession({
  sessionId,
  room,
  call,
  side,
}: {
  sessionId: string;
  room: FacilitatorRoom;
  call: ReactNode;
  side: ReactNode;
}) {
  const live = useLive(sessionId, room);
  return <LiveRoomLayout live={live} call={call} side={side} />;
}

/**
 * Once the room has closed: the session's summary if the facilitator ended
 * the session from the live screen (or "ending…" meanwhile), otherwise
 * what the room screen says about a closed room.
 */
export function LiveSummaryOr({ room, children }: { room: FacilitatorRoom; children: ReactNode }) {
  const live = existingLive(room);
  if (!live) return children;
  return <SummaryOr live={live}>{children}</SummaryOr>;
}

function SummaryOr({ live, children }: { live: FacilitatorLive; children: ReactNode }) {
  const { t } = useTranslation();
  const snapshot = useLiveSnapshot(live);
  if (snapshot.summary) {
    return (
      <SessionSummaryView
        summary={snapshot.summary}
        blocks={snapshot.session?.plan.blocks ?? []}
        groupId={snapshot.session?.groupId ?? null}
      />
    );
  }
  if (snapshot.ending) return <p className="muted">{t('live.end.ending')}</p>;
  // The room was closed without ending the session: the summary is still one click away.
  return (
    <>
      {children}
      <section className="card">
        <p>{t('live.end.afterClose')}</p>
        {snapshot.endFailed ? (
          <p className="alert" role="alert">
            {t('live.end.failed')}
          </p>
        ) : null}
        <div>
          <Button variant="primary" onClick={() => void live.end()}>
            {t('live.end.showSummary')}
          </Button>
        </div>
      </section>
    </>
  );
}
