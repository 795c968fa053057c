/** The two pages Cercle serves, each with its own policy (STYLE.md). */
export type PageKind = 'app' | 'join';

export type CspOptions = {
  /** Origins the page may reach besides its own, e.g. the configured session server. */
  connectOrigins?: readonly string[];
};

/**
 * Content-Security-Policy for a page: scripts and styles only from the page's
 * own origin (no inline script, no eval), nothing framed, no forms posted.
 * Media may come from the call's own MediaStreams.
 */
export function buildCsp(_page: PageKind, options: CspOptions = {}): string {
  const connect = ["'self'", ...(options.connectOrigins ?? [])].join(' ');
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "media-src 'self' blob: mediastream:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** Which page a path belongs to, to pick its policy. */
export function pageKindOf(pathname: string): PageKind {
  return pathname.endsWith('/join.html') || pathname.startsWith('/join/') ? 'join' : 'app';
}
