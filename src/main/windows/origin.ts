import { pageKindOf } from '../../shared/csp';

/** The packaged renderer is served from `app://cercle` (see app-protocol.ts). */
export const appScheme = 'app';
export const appHost = 'cercle';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * `scheme://host[:port]` of a URL, or undefined when it has no host or
 * carries credentials. Computed by hand because Node's URL reports the origin
 * of a scheme it does not know (like `app:`) as the string 'null'.
 */
export function originOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.host === '' || parsed.username !== '' || parsed.password !== '') return undefined;
  return `${parsed.protocol}//${parsed.host}`;
}

/** Whether a URL belongs to one of the app's own origins. */
export function isAppUrl(url: string | undefined, trustedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== undefined && trustedOrigins.includes(origin);
}

/**
 * Whether an IPC call may come from this sender frame URL: the facilitator
 * page of the app's own origin only. The participant page (join.html) never
 * needs the local database, so it gets no door to it even when served by us.
 */
export function isTrustedSender(
  url: string | undefined,
  trustedOrigins: readonly string[] = [appOrigin],
): boolean {
  if (url === undefined || !isAppUrl(url, trustedOrigins)) return false;
  return pageKindOf(new URL(url).pathname) === 'app';
}

/**
 * The electron-vite dev server origin, only for an unpackaged app and only on
 * a loopback http(s) address: a stray ELECTRON_RENDERER_URL must never point
 * a packaged Cercle, with its IPC door, at a remote page.
 */
export function devServerOrigin(
  rendererUrl: string | undefined,
  isPackaged: boolean,
): string | undefined {
  if (isPackaged || rendererUrl === undefined || rendererUrl === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(rendererUrl);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  if (!loopbackHosts.has(parsed.hostname)) return undefined;
  return originOf(rendererUrl);
}
