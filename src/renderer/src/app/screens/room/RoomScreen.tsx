import { useTranslation } from '../../../i18n/translation';
import { routeHash } from '../../router';
import { ScreenHeader } from '../../ScreenHeader';
import { OpenRoomView } from './OpenRoomView';
import { PrepareRoom } from './PrepareRoom';
import { useOpenSession } from './room-sessions-context';
import { SessionPicker } from './SessionPicker';
import { useRoomSetup } from './use-room-setup';
import '../../../styles/call.css';
import '../../../styles/room.css';

/**
 * A session opened as a live room (`#/room/<sessionId>`). The room lives in
 * the window's RoomSessions, so coming back to this screen finds it as it was.
 */
export function RoomScreen({ sessionId }: { sessionId: string | null }) {
  const { t } = useTranslation();
  const active = useOpenSession();
  let content;
  if (active && (sessionId === null || active.sessionId === sessionId)) {
    content = <OpenRoomView open={active} />;
  } else if (active) {
    content = (
      <section className="card">
        <p>{t('room.otherRoomOpen')}</p>
        <p>
          <a className="button" href={routeHash({ screen: 'room', sessionId: active.sessionId })}>
            {t('room.goToOpenRoom')}
          </a>
        </p>
      </section>
    );
  } else if (sessionId === null) {
    content = <SessionPicker />;
  } else {
    content = <SessionSetup sessionId={sessionId} />;
  }
  return (
    <div className="screen room-screen">
      <ScreenHeader title={t('room.title')} />
      {content}
    </div>
  );
}

function SessionSetup({ sessionId }: { sessionId: string }) {
  const { t, i18n } = useTranslation();
  const { state, retry } = useRoomSetup(sessionId);
  if (state.status === 'loading') return <p className="muted">{t('common.loading')}</p>;
  if (state.status === 'failed') {
    return (
      <div className="alert" role="alert">
        <p>{t('room.loadFailed')}</p>
        <button type="button" className="button" onClick={retry}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  const { session, group } = state.setup;
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full', timeStyle: 'short' });
  return (
    <>
      <p className="screen-intro">
        {t('room.sessionOf', { group: group?.name ?? '', date: when.format(session.scheduledAt) })}
      </p>
      <PrepareRoom sessionId={sessionId} setup={state.setup} />
    </>
  );
}
