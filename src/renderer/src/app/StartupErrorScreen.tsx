import { useTranslation } from '../i18n/translation';
import type { ErrorCode } from '../../../shared/errors';
import { Button } from './ui/Button';

// Trying again cannot help when the page is outside Cercle or the file is not one Cercle can read.
const permanent: readonly ErrorCode[] = ['BRIDGE_UNAVAILABLE', 'DB_TOO_NEW', 'DB_NOT_SQLITE'];

/**
 * Shown instead of the app when it cannot work at all: opened outside Cercle
 * (no bridge) or its data could not be opened. Says what happened in plain words.
 */
export function StartupErrorScreen({ code }: { code: ErrorCode }) {
  const { t } = useTranslation();
  const noBridge = code === 'BRIDGE_UNAVAILABLE';
  const retryHelps = !permanent.includes(code);
  return (
    <main className="startup-error">
      <p className="brand">
        <span className="brand-mark" aria-hidden="true" />
        {t('common.appName')}
      </p>
      <div className="card" role="alert">
        <h1>{t(noBridge ? 'startup.bridgeTitle' : 'startup.errorTitle')}</h1>
        <p>{t(`errors.${code}`)}</p>
        {retryHelps ? (
          <>
            <p className="muted">{t('startup.errorHint')}</p>
            <div>
              <Button variant="primary" onClick={() => window.location.reload()}>
                {t('common.retry')}
              </Button>
            </div>
          </>
        ) : null}
      </div>
    </main>
  );
}
