import { describe, expect, it } from 'vitest';
import { isSectionRoot, parseRoute, routeHash, sectionOf, type Route } from './router';

const id = '3f2b8c1e-9a4d-4c2e-8f00-1234567890ab';

describe('routes', () => {
  it('reads every route back from the address it writes', () => {
    const routes: Route[] = [
      { screen: 'groups' },
      { screen: 'agreements', groupId: id },
      { screen: 'plans' },
      { screen: 'plan', planId: id },
      { screen: 'sessions', groupId: null },
      { screen: 'sessions', groupId: id },
      { screen: 'session', sessionId: id },
      { screen: 'reports' },
      { screen: 'settings' },
      { screen: 'printPlan', planId: id, autoPrint: false },
      { screen: 'printPlan', planId: id, autoPrint: true },
    ];
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route);
  });

  it('opens the print view on exactly the route Electron prints', () => {
    expect(parseRoute(`#/print/plan/${id}`)).toEqual({
      screen: 'printPlan',
      planId: id,
      autoPrint: false,
    });
  });

  it('falls back to Groups for anything it does not know', () => {
    for (const hash of [
      '',
      '#',
      '#main',
      '#/nowhere',
      '#/print/plan/',
      '#/plans/a b',
      '#/print/plan/x/y',
    ]) {
      expect(parseRoute(hash), hash).toEqual(
        hash.startsWith('#/plans') ? { screen: 'plans' } : { screen: 'groups' },
      );
    }
  });

  it('marks the section a page belongs to', () => {
    expect(sectionOf({ screen: 'plan', planId: id })).toBe('plans');
    expect(sectionOf({ screen: 'agreements', groupId: id })).toBe('groups');
    expect(isSectionRoot({ screen: 'plans' })).toBe(true);
    expect(isSectionRoot({ screen: 'session', sessionId: id })).toBe(false);
  });
});
