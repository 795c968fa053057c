import { useEffect, useState } from 'react';
import type { ScreenId } from './nav';

/**
 * Where the app is, kept in the URL fragment so a route can be loaded on its
 * own: Electron's PDF printing opens exactly `#/print/plan/<id>`.
 */
export type Route =
  | { screen: 'groups' }
  | { screen: 'agreements'; groupId: string }
  | { screen: 'plans' }
  | { screen: 'plan'; planId: string }
  | { screen: 'sessions'; groupId: string | null }
  | { screen: 'session'; sessionId: string }
  /** A session opened as a live room; null picks the session first. */
  | { screen: 'room'; sessionId: string | null }
  | { screen: 'reports' }
  | { screen: 'settings' }
  | { screen: 'printPlan'; planId: string; autoPrint: boolean }
  /** `query` is `groups=<id,id>&from=YYYY-MM&to=YYYY-MM` (see shared/reports reportPrintRoute). */
  | { screen: 'printReport'; query: string; autoPrint: boolean };

const segment = /^[A-Za-z0-9-]{1,64}$/;

/** `#/plans/<id>` → { screen: 'plan', planId }; anything unknown is the Groups screen. */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean);
  const [first, second, third, fourth] = parts;
  const id = (value: string | undefined) => (value && segment.test(value) ? value : null);
  switch (first) {
    case 'plans': {
      const planId = id(second);
      return planId && parts.length === 2 ? { screen: 'plan', planId } : { screen: 'plans' };
    }
    case 'groups': {
      const groupId = id(second);
      return groupId && third === 'agreements'
        ? { screen: 'agreements', groupId }
        : { screen: 'groups' };
    }
    case 'sessions': {
      if (second === 'group') return { screen: 'sessions', groupId: id(third) };
      const sessionId = id(second);
      return sessionId ? { screen: 'session', sessionId } : { screen: 'sessions', groupId: null };
    }
    case 'print': {
      const planId = id(third);
      if (second === 'plan' && planId && fourth === undefined) {
        return { screen: 'printPlan', planId, autoPrint: new URLSearchParams(query).has('print') };
      }
      if (second === 'report' && third === undefined) {
        const pairs = query.split('&').filter((pair) => pair !== '');
        const rest = pairs.filter((pair) => !/^print(=|$)/.test(pair));
        return {
          screen: 'printReport',
          query: rest.join('&'),
          autoPrint: rest.length < pairs.length,
        };
      }
      return { screen: 'groups' };
    }
    case 'room':
      return { screen: 'room', sessionId: id(second) };
    case 'reports':
      return { screen: 'reports' };
    case 'settings':
      return { screen: 'settings' };
    default:
      return { screen: 'groups' };
  }
}

export function routeHash(route: Route): string {
  switch (route.screen) {
    case 'agreements':
      return `#/groups/${route.groupId}/agreements`;
    case 'plan':
      return `#/plans/${route.planId}`;
    case 'sessions':
      return route.groupId ? `#/sessions/group/${route.groupId}` : '#/sessions';
    case 'session':
      return `#/sessions/${route.sessionId}`;
    case 'room':
      return route.sessionId ? `#/room/${route.sessionId}` : '#/room';
    case 'printPlan':
      return `#/print/plan/${route.planId}${route.autoPrint ? '?print=1' : ''}`;
    case 'printReport':
      return `#/print/report?${route.query}${route.autoPrint ? '&print=1' : ''}`;
    default:
      return `#/${route.screen}`;
  }
}

/** The navigation entry a route belongs to (the plan editor belongs to Plans). */
export function sectionOf(route: Route): ScreenId {
  switch (route.screen) {
    case 'agreements':
      return 'groups';
    case 'plan':
    case 'printPlan':
      return 'plans';
    case 'printReport':
      return 'reports';
    case 'session':
    case 'room':
      return 'sessions';
    default:
      return route.screen;
  }
}

/** Whether a route is a section's own page (not a page inside it). */
export const isSectionRoot = (route: Route): boolean =>
  (route.screen as string) === sectionOf(route);

let carried: string | null = null;

/**
 * Goes to a route. `announce` is said once the next screen is shown: the
 * result of an action that also changes screen (a plan created, then opened).
 */
export function navigate(route: Route, options: { announce?: string } = {}): void {
  carried = options.announce ?? null;
  const hash = routeHash(route);
  if (window.location.hash === hash) {
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = hash;
  }
}

/** The announcement an action left for the screen it opened (read once). */
export function takeCarriedAnnouncement(): string | null {
  const text = carried;
  carried = null;
  return text;
}

export type RouteState = {
  route: Route;
  /** False until the person goes somewhere: the first screen does not steal focus. */
  navigated: boolean;
  /** Changes on every navigation, even to the same route (remounts the screen). */
  serial: number;
};

export function useRoute(): RouteState {
  const [state, setState] = useState<RouteState>(() => ({
    route: parseRoute(window.location.hash),
    navigated: false,
    serial: 0,
  }));
  useEffect(() => {
    const onChange = () =>
      setState((previous) => ({
        route: parseRoute(window.location.hash),
        navigated: true,
        serial: previous.serial + 1,
      }));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return state;
}
