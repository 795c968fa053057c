import { useId, useState } from 'react';
import { useTranslation } from '../../../i18n/translation';
import type { HostingStatus, SessionServerInfo } from '../../../../../shared/session-server';
import { Button } from '../../ui/Button';
import type { useSessionServer } from './use-session-server';

/** "Host on this computer": on this computer only, or open to the local network; its status. */
export function HostingForm({
  info,
  server,
}: {
  info: SessionServerInfo;
  server: ReturnType<typeof useSessionServer>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const hosting = info.mode === 'hosted' ? info.hosting : undefined;
  const [network, setNetwork] = useState(info.hosting.network);
  const running = hosting?.state === 'running';
  const changed = running && hosting.network !== network;
  const statusText = (status: HostingStatus) =>
    t(`sessionServer.status.${status.state}`, {
      url: status.state === 'running' ? status.joinUrlBase : '',
    });
  const start = () =>
    void server.run(
      () => server.api.sessionServer.host({ network }),
      (next) => statusText(next.hosting),
    );
  return (
    <div className="server-form">
      <p className="muted">{t('sessionServer.hostedIntro')}</p>
      <div className="check-field">
        <input
          id={`${id}-network`}
          type="checkbox"
          checked={network}
          aria-describedby={`${id}-network-hint`}
          onChange={(event) => setNetwork(event.target.checked)}
        />
        <label htmlFor={`${id}-network`}>
          {t('sessionServer.network')}
          <span id={`${id}-network-hint`} className="field-hint">
            {t('sessionServer.networkHint')}
          </span>
        </label>
      </div>
      {hosting ? (
        <div className="hosting-status" data-state={hosting.state}>
          <p>{statusText(hosting)}</p>
          {hosting.state === 'failed' ? (
            <p className="field-error">{t(`sessionServer.problems.${hosting.problem}`)}</p>
          ) : null}
        </div>
      ) : null}
      {hosting?.state === 'running' && hosting.tls ? <TlsDetails tls={hosting.tls} /> : null}
      <div className="room-actions">
        {!running || changed ? (
          <Button variant="primary" busy={server.busy} onClick={start}>
            {changed ? t('sessionServer.restart') : t('sessionServer.start')}
          </Button>
        ) : null}
        {running ? (
          <Button
            busy={server.busy}
            onClick={() =>
              void server.run(
                () => server.api.sessionServer.stopHosting({}),
                (next) => statusText(next.hosting),
              )
            }
          >
            {t('sessionServer.stop')}
          </Button>
        ) : null}
      </div>
    </div>
  );
}

/** The self-signed certificate of network hosting: what participants will be warned about. */
function TlsDetails({ tls }: { tls: { fingerprint: string; notAfter: number } }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const until = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(tls.notAfter);
  return (
    <section className="tls-details" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('sessionServer.tlsTitle')}</h3>
      <p>
        {t('sessionServer.tlsFingerprint')} <code className="fingerprint">{tls.fingerprint}</code>
      </p>
      <p className="field-hint">{t('sessionServer.tlsValidUntil', { date: until })}</p>
      <p>{t('sessionServer.tlsHelp')}</p>
    </section>
  );
}
