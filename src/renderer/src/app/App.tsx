import type { i18n } from 'i18next';
import { useEffect, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { assertUnreachable, type ErrorCode } from '../../../shared/errors';
import { createI18n } from '../i18n';
import { toApiError, type Api } from './api';
import { ApiProvider } from './api-context';
import { AppShell } from './AppShell';
import { RoomSessionsProvider } from './screens/room/room-sessions-context';
import { useRoute } from './router';
import { PrintPlanScreen, PrintReportScreen } from './lazy-screens';
import { ScreenSuspense } from './ScreenSuspense';
import { StartupErrorScreen } from './StartupErrorScreen';

type Startup =
  | { status: 'starting' }
  | { status: 'ready'; i18n: i18n }
  | { status: 'failed'; i18n: i18n; code: ErrorCode };

/** Reads the saved language before the first screen, so it never flashes in the wrong one. */
export function App({ api }: { api: Api }) {
  const [startup, setStartup] = useState<Startup>({ status: 'starting' });
  const routeState = useRoute();
  const { route } = routeState;

  useEffect(() => {
    let cancelled = false;
    api.settings.get({}).then(
      (settings) => {
        if (!cancelled) setStartup({ status: 'ready', i18n: createI18n(settings.language) });
      },
      (error: unknown) => {
        if (cancelled) return;
        setStartup({ status: 'failed', i18n: createI18n('fr'), code: toApiError(error).code });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api]);

  switch (startup.status) {
    // Nothing to show yet: this takes one local round trip.
    case 'starting':
      return null;
    case 'failed':
      return (
        <I18nextProvider i18n={startup.i18n}>
          <StartupErrorScreen code={startup.code} />
        </I18nextProvider>
      );
    case 'ready':
      return (
        <I18nextProvider i18n={startup.i18n}>
          <ApiProvider api={api}>
            {/* Above every screen, the paper views too: an open room outlives any of them. */}
            <RoomSessionsProvider>
              {/* The paper view stands alone, without navigation: it is what gets printed. */}
              {route.screen === 'printPlan' ? (
                <ScreenSuspense>
                  <PrintPlanScreen planId={route.planId} autoPrint={route.autoPrint} />
                </ScreenSuspense>
              ) : route.screen === 'printReport' ? (
                <ScreenSuspense>
                  <PrintReportScreen query={route.query} autoPrint={route.autoPrint} />
                </ScreenSuspense>
              ) : (
                <AppShell routeState={routeState} />
              )}
            </RoomSessionsProvider>
          </ApiProvider>
        </I18nextProvider>
      );
    default:
      return assertUnreachable(startup);
  }
}
