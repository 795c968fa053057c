import type { CspOptions, PageKind } from '../../shared/csp';

/**
 * Per-page options: the facilitator page may also reach the configured
 * session server (read at each request, since Settings can change it); the
 * participant page reaches only the server that served it.
 */
export function sessionServerCsp(origins: () => readonly string[]): (page: PageKind) => CspOptions {
  return (page) => (page === 'app' ? { connectOrigins: origins() } : {});
}
