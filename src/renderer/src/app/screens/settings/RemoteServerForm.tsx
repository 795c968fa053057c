import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n/translation';
import type { SessionServerInfo } from '../../../../../shared/session-server';
import { Button } from '../../ui/Button';
import type { useSessionServer } from './use-session-server';

/** The association's server: its address and the facilitator key (never shown again in full). */
export function RemoteServerForm({
  info,
  server,
}: {
  info: SessionServerInfo;
  server: ReturnType<typeof useSessionServer>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [url, setUrl] = useState(info.remote?.url ?? '');
  const [key, setKey] = useState('');
  const [replacing, setReplacing] = useState(info.remote === null);
  const urlProblem = server.error?.fieldProblem('url');
  const keyProblem = server.error?.fieldProblem('facilitatorKey');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await server.run(
      () =>
        server.api.sessionServer.setRemote({
          url,
          ...(replacing || !info.remote ? { facilitatorKey: key } : {}),
        }),
      () => t('sessionServer.saved'),
    );
    // Once saved, the key is only ever shown as its last characters.
    if (saved) {
      setKey('');
      setReplacing(false);
    }
  };

  return (
    <form className="server-form" onSubmit={(event) => void submit(event)} noValidate>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-url`}>
          {t('sessionServer.urlLabel')}
        </label>
        <p id={`${id}-url-hint`} className="field-hint">
          {t('sessionServer.urlHint')}
        </p>
        <input
          id={`${id}-url`}
          className="input"
          type="url"
          inputMode="url"
          autoComplete="url"
          value={url}
          aria-invalid={urlProblem ? true : undefined}
          aria-describedby={urlProblem ? `${id}-url-error ${id}-url-hint` : `${id}-url-hint`}
          onChange={(event) => setUrl(event.target.value)}
        />
        {urlProblem ? (
          <p id={`${id}-url-error`} className="field-error">
            {t(`sessionServer.urlErrors.${urlProblem === 'empty' ? 'empty' : 'invalid'}`)}
          </p>
        ) : null}
      </div>
      {replacing ? (
        <div className="field">
          <label className="field-label" htmlFor={`${id}-key`}>
            {t('sessionServer.keyLabel')}
          </label>
          <p id={`${id}-key-hint`} className="field-hint">
            {t('sessionServer.keyHint')}
          </p>
          <input
            id={`${id}-key`}
            className="input"
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={key}
            aria-invalid={keyProblem ? true : undefined}
            aria-describedby={keyProblem ? `${id}-key-error ${id}-key-hint` : `${id}-key-hint`}
            onChange={(event) => setKey(event.target.value)}
          />
          {keyProblem ? (
            <p id={`${id}-key-error`} className="field-error">
              {t(`sessionServer.keyErrors.${keyProblem === 'too_long' ? 'too_long' : 'empty'}`)}
            </p>
          ) : null}
          {info.remote ? (
            <div>
              <Button variant="quiet" onClick={() => setReplacing(false)}>
                {t('sessionServer.keepKey')}
              </Button>
            </div>
          ) : null}
        </div>
      ) : (
        <div className="field">
          <p className="field-label">{t('sessionServer.keyLabel')}</p>
          <p>{t('sessionServer.keySaved', { hint: info.remote?.keyHint ?? '' })}</p>
          <div>
            <Button onClick={() => setReplacing(true)}>{t('sessionServer.replaceKey')}</Button>
          </div>
        </div>
      )}
      {info.keyUnreadable ? (
        <p className="field-error">{t('sessionServer.keyUnreadable')}</p>
      ) : null}
      <p className={info.keyProtection === 'os' ? 'field-hint' : 'notice-plain key-unprotected'}>
        {t(
          info.keyProtection === 'os'
            ? 'sessionServer.keyProtected'
            : 'sessionServer.keyUnprotected',
        )}
      </p>
      <div>
        <Button type="submit" variant="primary" busy={server.busy}>
          {t('sessionServer.save')}
        </Button>
      </div>
    </form>
  );
}
