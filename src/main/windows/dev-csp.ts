import type { Session } from 'electron';
import { buildCsp, pageKindOf, type CspOptions, type PageKind } from '../../shared/csp';
import { originOf } from './origin';

/** Adds sources to one directive of a policy. */
function widen(policy: string, directive: string, sources: readonly string[]): string {
  return policy
    .split('; ')
    .map((part) => (part.split(' ')[0] === directive ? [part, ...sources].join(' ') : part))
    .join('; ');
}

/**
 * The policy while `electron-vite dev` serves the renderer. Relaxed in dev
 * only, and only by this much:
 * - script-src 'unsafe-inline': @vitejs/plugin-react injects the React
 *   Refresh preamble as an inline module script into the HTML;
 * - style-src 'unsafe-inline': Vite injects imported CSS as <style> elements
 *   so it can hot-swap them;
 * - connect-src ws(s)://<dev server>: Vite's HMR websocket.
 * Never 'unsafe-eval' (neither Vite nor React Refresh need it), and no other
 * origin is added. Production pages get buildCsp() unchanged.
 */
export function buildDevCsp(page: PageKind, devOrigin: string, options: CspOptions = {}): string {
  const hmr = devOrigin.replace(/^http/, 'ws');
  const base = buildCsp(page, { connectOrigins: [...(options.connectOrigins ?? []), hmr] });
  return widen(widen(base, 'script-src', ["'unsafe-inline'"]), 'style-src', ["'unsafe-inline'"]);
}

/** Sets the dev policy on every response from the dev server, replacing any it sent. */
export function installDevCsp(
  session: Pick<Session, 'webRequest'>,
  devOrigin: string,
  cspOptions: (page: PageKind) => CspOptions = () => ({}),
): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    if (originOf(details.url) !== devOrigin) {
      callback({});
      return;
    }
    const headers: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    const page = pageKindOf(new URL(details.url).pathname);
    headers['Content-Security-Policy'] = [buildDevCsp(page, devOrigin, cspOptions(page))];
    callback({ responseHeaders: headers });
  });
}
