import { Component, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from '../i18n/translation';
import { Button } from './ui/Button';

/** How long a screen may take to load before the app says it is loading: no flash for the usual case. */
const quietMs = 300;

/** "Loading the screen…", only once loading takes long enough to be noticed. */
function ScreenLoading() {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setShown(true), quietMs);
    return () => window.clearTimeout(timer);
  }, []);
  return (
    <div aria-busy="true">{shown ? <p className="muted">{t('nav.screenLoading')}</p> : null}</div>
  );
}

function ScreenFailed() {
  const { t } = useTranslation();
  return (
    <div className="alert" role="alert">
      <p>{t('nav.screenFailed')}</p>
      <Button onClick={() => window.location.reload()}>{t('nav.reload')}</Button>
    </div>
  );
}

/**
 * A screen that could not be shown, e.g. its chunk is gone because Cercle was
 * updated while it was open: reloading the app fetches the new one.
 */
class ScreenBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <ScreenFailed /> : this.props.children;
  }
}

/** Where a screen loads: a calm loading line while its chunk comes, plain words if it cannot. */
export function ScreenSuspense({ children }: { children: ReactNode }) {
  return (
    <ScreenBoundary>
      <Suspense fallback={<ScreenLoading />}>{children}</Suspense>
    </ScreenBoundary>
  );
}
