import { useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AnnouncerProvider } from './announcer';
import { defaultScreen, type ScreenId } from './nav';
import { ScreenFocusContext } from './screen-focus';
import { ScreenView } from './ScreenView';
import { SideNav } from './SideNav';

/** Skip link, navigation (a side column, or a top bar when narrow) and the current screen. */
export function AppShell() {
  const { t } = useTranslation();
  const [screen, setScreen] = useState<ScreenId>(defaultScreen);
  const [navigated, setNavigated] = useState(false);
  const mainRef = useRef<HTMLElement>(null);

  const navigate = (next: ScreenId) => {
    setScreen(next);
    setNavigated(true);
  };

  // Focus, not just scroll: the next Tab must continue inside the content.
  const skipToContent = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    mainRef.current?.focus();
  };

  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={skipToContent}>
        {t('nav.skip')}
      </a>
      <header className="sidebar">
        <div className="sidebar-inner">
          <p className="brand">
            <span className="brand-mark" aria-hidden="true" />
            {t('common.appName')}
          </p>
          <SideNav current={screen} onNavigate={navigate} />
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="main">
        <ScreenFocusContext value={navigated}>
          {/* Keyed by screen: a result announced on one screen does not follow to the next. */}
          <AnnouncerProvider key={screen}>
            <ScreenView screen={screen} />
          </AnnouncerProvider>
        </ScreenFocusContext>
      </main>
    </div>
  );
}
