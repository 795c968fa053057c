import type { ReactNode } from 'react';
import { AttendanceNotice } from './AttendanceNotice';
import type { FacilitatorLive } from './facilitator-live';
import { LiveAgenda } from './LiveAgenda';
import { LiveToolbar } from './LiveToolbar';
import { NotesPanel } from './NotesPanel';
import { RoundPanel } from './RoundPanel';
import '../../../styles/rounds.css';
import '../../../styles/live.css';

/**
 * The facilitator's live screen: tools on top, the round and the call in the
 * middle, the agenda and the room's own panels (lobby, people) beside, notes
 * below the agenda. (Once the room has closed, LiveSummaryOr shows the summary.)
 */
export function LiveRoomLayout({
  live,
  call,
  side,
}: {
  live: FacilitatorLive;
  /** The call view (and its banners). */
  call: ReactNode;
  /** The room's panels: lobby, invitation, people, room controls. */
  side: ReactNode;
}) {
  return (
    <div className="live-screen">
      <LiveToolbar live={live} />
      <AttendanceNotice writes={live.attendance} />
      <div className="live-layout">
        <div className="live-main">
          <RoundPanel live={live} />
          {call}
        </div>
        <div className="live-side">
          <LiveAgenda live={live} />
          {side}
          <NotesPanel live={live} />
        </div>
      </div>
    </div>
  );
}
