import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from '../i18n/translation';
import { AnnouncerProvider, useAnnounce } from './announcer';
import type { ScreenId } from './nav';
import { navigate, routeHash, takeCarriedAnnouncement, type RouteState } from './router';
import { ScreenFocusContext } from './screen-focus';
import { ScreenSuspense } from './ScreenSuspense';
import { ScreenView } from './ScreenView';
import { SideNav } from './SideNav';

/** Says, on the screen just opened, the result of the action that opened it. */
function CarriedAnnouncement() {
  const announce = useAnnounce();
  useEffect(() => {
    const text = takeCarriedAnnouncement();
    if (text) announce(text);
  }, [announce]);
  return null;
}

/** Skip link, navigation (a side column, or a top bar when narrow) and the current screen. */
export function AppShell({ routeState }: { routeState: RouteState }) {
  const { t } = useTranslation();
  const { route, navigated, serial } = routeState;
  const mainRef = useRef<HTMLElement>(null);

  // A new screen starts at its top, like a new page would.
  useEffect(() => {
    if (serial > 0) window.scrollTo(0, 0);
  }, [serial]);

  const goToSection = (next: ScreenId) => {
    navigate(next === 'sessions' ? { screen: 'sessions', groupId: null } : { screen: next });
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
          <SideNav current={route} onNavigate={goToSection} />
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="main">
        <ScreenFocusContext value={navigated}>
          {/* Keyed by route: a result announced on one screen does not follow to the next. */}
          <AnnouncerProvider key={`${routeHash(route)}:${serial}`}>
            <CarriedAnnouncement />
            <ScreenSuspense>
              <ScreenView route={route} />
            </ScreenSuspense>
          </AnnouncerProvider>
        </ScreenFocusContext>
      </main>
    </div>
  );
}
