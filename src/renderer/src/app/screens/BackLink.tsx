import { routeHash, type Route } from '../router';

/** The way back to the list a page belongs to: a real link, so it reads and behaves as one. */
export function BackLink({ to, children }: { to: Route; children: string }) {
  return (
    <a className="back-link" href={routeHash(to)}>
      <span aria-hidden="true">← </span>
      {children}
    </a>
  );
}
