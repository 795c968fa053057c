import type { App, Shell, WebContents } from 'electron';
import { safeExternalUrl } from './external-links';

export type NavigationPolicy = {
  /** Whether a URL is one of the app's own pages. */
  isAppUrl: (url: string) => boolean;
  openExternal: Shell['openExternal'];
  log?: (message: string) => void;
};

type NavigationEvent = { url: string; preventDefault(): void };

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Keeps a web contents on the app's own pages. A page that could navigate
 * elsewhere would take the preload — the IPC door — with it; a new window
 * or a <webview> would escape these guards.
 */
export function guardWebContents(contents: GuardedContents, policy: NavigationPolicy): void {
  const log = policy.log ?? ((message: string) => console.warn(message));
  const stayHome = (event: NavigationEvent): void => {
    if (policy.isAppUrl(event.url)) return;
    event.preventDefault();
    log(`[cercle] blocked navigation to ${event.url}`);
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-frame-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('[cercle] blocked a <webview>');
  });
  // Links meant for the outside (target="_blank") open in the user's browser,
  // after the check; Cercle itself never opens a second window.
  contents.setWindowOpenHandler(({ url }) => {
    const safe = safeExternalUrl(url);
    if (safe === undefined) {
      log(`[cercle] refused to open ${url}`);
    } else {
      policy.openExternal(safe).catch((error: unknown) => {
        log(`[cercle] could not open ${safe}: ${String(error)}`);
      });
    }
    return { action: 'deny' };
  });
}

/** Guards every web contents the app will ever create, windows and others alike. */
export function installSecurityGuards(app: Pick<App, 'on'>, policy: NavigationPolicy): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, policy));
}
