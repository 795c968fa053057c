import { useId, useState } from 'react';
import { useTranslation } from '../../../i18n/translation';
import type { SessionServerInfo, SessionServerMode } from '../../../../../shared/session-server';
import { useOpenSession } from '../room/room-sessions-context';
import { HostingForm } from './HostingForm';
import { RemoteServerForm } from './RemoteServerForm';
import { useSessionServer } from './use-session-server';
import '../../../styles/choices.css';

/** Settings → "Serveur de séance": an association's server, or hosting on this computer. */
export function SessionServerSection() {
  const { t } = useTranslation();
  const id = useId();
  const server = useSessionServer();
  const room = useOpenSession();
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('sessionServer.title')}</h2>
      <p className="muted">{t('sessionServer.intro')}</p>
      {server.state.status === 'loading' ? <p className="muted">{t('common.loading')}</p> : null}
      {server.state.status === 'failed' ? (
        <p className="alert" role="alert">
          {t(`errors.${server.state.error.code}`)}
        </p>
      ) : null}
      {server.state.status === 'ready' ? (
        room && room.room.getSnapshot().status !== 'closed' ? (
          <p className="notice-plain">{t('sessionServer.roomOpen')}</p>
        ) : (
          <ServerChoice info={server.state.info} server={server} />
        )
      ) : null}
    </section>
  );
}

function ServerChoice({
  info,
  server,
}: {
  info: SessionServerInfo;
  server: ReturnType<typeof useSessionServer>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [mode, setMode] = useState<SessionServerMode>(info.mode);
  return (
    <>
      <fieldset className="choice-group">
        <legend className="field-label">{t('sessionServer.modeLabel')}</legend>
        {(['remote', 'hosted'] as const).map((choice) => (
          <div className="check-field" key={choice}>
            <input
              id={`${id}-${choice}`}
              type="radio"
              name={`${id}-mode`}
              checked={mode === choice}
              onChange={() => setMode(choice)}
            />
            <label htmlFor={`${id}-${choice}`}>{t(`sessionServer.${choice}`)}</label>
          </div>
        ))}
      </fieldset>
      {mode === 'remote' ? <RemoteServerForm info={info} server={server} /> : null}
      {mode === 'hosted' ? <HostingForm info={info} server={server} /> : null}
    </>
  );
}
