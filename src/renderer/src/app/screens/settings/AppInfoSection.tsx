import { useEffect, useId, useState } from 'react';
import { useTranslation } from '../../../i18n/translation';
import type { AppInfo } from '../../../../../shared/settings';
import { toApiError, type ApiError } from '../../api';
import { useApi } from '../../api-context';

type InfoState =
  | { status: 'loading' }
  | { status: 'ready'; info: AppInfo }
  | { status: 'failed'; error: ApiError };

/** Where the data lives and which version runs: what a facilitator needs to back up or get help. */
export function AppInfoSection() {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [state, setState] = useState<InfoState>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    api.app.info({}).then(
      (info) => !cancelled && setState({ status: 'ready', info }),
      (error: unknown) => !cancelled && setState({ status: 'failed', error: toApiError(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [api]);

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings.dataTitle')}</h2>
      {state.status === 'loading' ? <p className="muted">{t('settings.infoLoading')}</p> : null}
      {state.status === 'failed' ? (
        <p className="alert" role="alert">
          {t('settings.infoFailed')} {t(`errors.${state.error.code}`)}
        </p>
      ) : null}
      {state.status === 'ready' ? (
        <>
          <div className="field">
            <p>{t('settings.dataBody')}</p>
            <p className="path">
              <code>{state.info.databasePath}</code>
            </p>
          </div>
          <p className="muted">{t('settings.version', { version: state.info.version })}</p>
        </>
      ) : null}
    </section>
  );
}
