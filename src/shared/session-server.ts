import { z } from 'zod';

/*
 * Which session server the desktop app uses to open rooms: an association's
 * server (URL + facilitator key) or one it hosts itself on this computer.
 * Only the title and agreements of a room ever reach that server.
 */

export const sessionServerModes = ['none', 'remote', 'hosted'] as const;

/**
 * The desktop app's own page origin (its app:// scheme, see main/windows/origin.ts).
 * Chromium sends it as the WebSocket Origin, so a session server can let the
 * facilitator's app in and refuse pages from other sites.
 */
export const desktopAppOrigin = 'app://cercle';
export type SessionServerMode = (typeof sessionServerModes)[number];

/**
 * A server's base URL as typed: http(s) only, no credentials, no path (the
 * server answers at its root: /ws, /join). Reduced to its origin.
 */
export const sessionServerUrlSchema = z
  .string()
  .trim()
  .min(1, { message: 'empty' })
  .max(400, { message: 'invalid' })
  .transform((value, ctx) => {
    const origin = serverOrigin(value);
    if (origin === undefined) {
      ctx.addIssue({ code: 'custom', message: 'invalid' });
      return z.NEVER;
    }
    return origin;
  });

/** The facilitator key as pasted; the server compares it in constant time. */
export const facilitatorKeyInputSchema = z
  .string()
  .trim()
  .min(1, { message: 'empty' })
  .max(256, { message: 'too_long' });

/** `https://host[:port]` of a typed URL, or undefined when it is not a usable server address. */
export function serverOrigin(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.includes('://') ? value : `https://${value}`);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username !== '' || url.password !== '' || url.hostname === '') return undefined;
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') return undefined;
  return `${url.protocol}//${url.host}`;
}

/** The http(s) origin and its ws(s) twin: what the app page's connect-src must name. */
export function serverConnectOrigins(origin: string): string[] {
  return [origin, origin.replace(/^http/, 'ws')];
}

/** Why hosting on this computer failed, in terms a facilitator can act on. */
export const hostingProblems = [
  'PORT_IN_USE',
  'ADDRESS_UNAVAILABLE',
  'PERMISSION_DENIED',
  'CONFIG_INVALID',
  'CONFIG_UNWRITABLE',
  'MEDIA_START_FAILED',
  'UNKNOWN',
] as const;
export type HostingProblem = (typeof hostingProblems)[number];

export type HostingStatus =
  | { state: 'stopped'; network: boolean }
  | { state: 'starting'; network: boolean }
  | {
      state: 'running';
      network: boolean;
      /** Where this computer reaches it (always loopback). */
      url: string;
      /** What participants' links start with (the LAN address when shared on the network). */
      joinUrlBase: string;
      /**
       * On the network: TLS with a certificate made on this computer. Browsers
       * warn about it once; its fingerprint lets a participant check it is this one.
       */
      tls: { fingerprint: string; notAfter: number } | null;
    }
  | { state: 'failed'; network: boolean; problem: HostingProblem; detail: string };

/** What the settings screen shows. The key itself is never sent back once saved. */
export type SessionServerInfo = {
  mode: SessionServerMode;
  remote: { url: string; keyHint: string } | null;
  /**
   * How the saved key is kept: 'os' encrypted with the system's key store
   * (Keychain, Windows DPAPI, GNOME/KDE keyring), 'none' as plain text in
   * Cercle's database (anyone who can read that file can read the key).
   */
  keyProtection: 'os' | 'none';
  /** A key was saved but cannot be read on this computer: it must be entered again. */
  keyUnreadable: boolean;
  hosting: HostingStatus;
  /** Origins the app page may connect to with this choice (its CSP names them at load). */
  origins: string[];
};

/** What the room screen needs to open a room, or why it cannot. */
export type SessionServerConnection =
  | { ok: true; url: string; wsUrl: string; facilitatorKey: string; hosted: boolean }
  | { ok: false; reason: 'notConfigured' }
  | { ok: false; reason: 'hostingFailed'; problem: HostingProblem };

/** Shows the end of a key only, so a facilitator can tell two keys apart. */
export function keyHint(key: string): string {
  return `••••••${key.slice(-4)}`;
}
