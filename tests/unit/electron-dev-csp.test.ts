import type { Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildCsp } from '../../src/shared/csp';
import { buildDevCsp, installDevCsp } from '../../src/main/windows/dev-csp';
import { FakeSession } from './electron-fakes';

const dev = 'http://localhost:5173';
const directive = (csp: string, name: string) =>
  csp.split('; ').find((part) => part.startsWith(`${name} `));

describe('buildDevCsp', () => {
  it('relaxes only what Vite and React Refresh need, never eval', () => {
    const csp = buildDevCsp('app', dev);
    expect(directive(csp, 'script-src')).toBe("script-src 'self' 'unsafe-inline'");
    expect(directive(csp, 'style-src')).toBe("style-src 'self' 'unsafe-inline'");
    expect(directive(csp, 'connect-src')).toBe("connect-src 'self' ws://localhost:5173");
    expect(csp).not.toContain('unsafe-eval');
    const strict = buildCsp('app').split('; ');
    const relaxed = csp.split('; ');
    const changed = relaxed.filter((part) => !strict.includes(part)).map((p) => p.split(' ')[0]);
    expect(changed.sort()).toEqual(['connect-src', 'script-src', 'style-src']);
  });
});

describe('installDevCsp', () => {
  const respond = (session: FakeSession, url: string, headers: Record<string, string[]>) =>
    new Promise<{ responseHeaders?: Record<string, string[]> }>((resolve) => {
      const listener = session.headersReceived as (...args: unknown[]) => void;
      listener({ url, responseHeaders: headers }, resolve);
    });

  it('replaces the dev server policy with the dev one', async () => {
    const session = new FakeSession();
    installDevCsp(session as unknown as Session, dev);
    const result = await respond(session, `${dev}/index.html`, {
      'content-security-policy': ['script-src *'],
      'Content-Type': ['text/html'],
    });
    expect(result.responseHeaders?.['content-security-policy']).toBeUndefined();
    expect(result.responseHeaders?.['Content-Type']).toEqual(['text/html']);
    expect(result.responseHeaders?.['Content-Security-Policy']).toEqual([buildDevCsp('app', dev)]);
  });

  it('leaves responses from other origins alone', async () => {
    const session = new FakeSession();
    installDevCsp(session as unknown as Session, dev);
    expect(await respond(session, 'https://example.org/', {})).toEqual({});
  });
});
