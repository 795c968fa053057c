import { describe, expect, it } from 'vitest';
import {
  appEntryUrl,
  appOrigin,
  devServerOrigin,
  isAppUrl,
  isTrustedSender,
  originOf,
} from '../../src/main/windows/origin';

describe('originOf', () => {
  it('gives scheme://host for the app scheme, which Node alone reports as "null"', () => {
    expect(originOf('app://cercle/index.html')).toBe('app://cercle');
    expect(originOf('http://localhost:5173/join.html?x=1')).toBe('http://localhost:5173');
  });

  it('has no origin for URLs without a host or with credentials', () => {
    expect(originOf(undefined)).toBeUndefined();
    expect(originOf('not a url')).toBeUndefined();
    expect(originOf('app:///index.html')).toBeUndefined();
    expect(originOf('app://user:pw@cercle/index.html')).toBeUndefined();
    expect(originOf('file:///etc/passwd')).toBeUndefined();
  });
});

describe('isTrustedSender', () => {
  it('trusts the facilitator page of the app origin', () => {
    expect(isTrustedSender(appEntryUrl)).toBe(true);
    expect(isTrustedSender('app://cercle/')).toBe(true);
  });

  it('refuses other origins, look-alikes and missing frames', () => {
    for (const url of [
      undefined,
      '',
      'https://evil.example/index.html',
      'app://cercle.evil.example/index.html',
      'app://evil/index.html',
      'appx://cercle/index.html',
      'file:///home/me/out/renderer/index.html',
      'http://localhost:5173/index.html',
      'data:text/html,<script>1</script>',
      'about:blank',
    ]) {
      expect(isTrustedSender(url), String(url)).toBe(false);
    }
  });

  it('refuses the participant page even on the app origin', () => {
    expect(isTrustedSender('app://cercle/join.html')).toBe(false);
  });

  it('trusts the dev server only when it is in the trusted list', () => {
    const dev = 'http://localhost:5173';
    expect(isTrustedSender(`${dev}/index.html`, [appOrigin, dev])).toBe(true);
    expect(isTrustedSender('http://localhost:5174/index.html', [appOrigin, dev])).toBe(false);
  });
});

describe('isAppUrl', () => {
  it('accepts any page of a trusted origin', () => {
    expect(isAppUrl('app://cercle/join.html', [appOrigin])).toBe(true);
    expect(isAppUrl('https://cercle.example/', [appOrigin])).toBe(false);
  });
});

describe('devServerOrigin', () => {
  it('accepts a loopback dev server when not packaged', () => {
    expect(devServerOrigin('http://localhost:5173/', false)).toBe('http://localhost:5173');
    expect(devServerOrigin('http://127.0.0.1:5173', false)).toBe('http://127.0.0.1:5173');
  });

  it('is ignored in a packaged app, for remote hosts and other schemes', () => {
    expect(devServerOrigin('http://localhost:5173', true)).toBeUndefined();
    expect(devServerOrigin(undefined, false)).toBeUndefined();
    expect(devServerOrigin('https://evil.example', false)).toBeUndefined();
    expect(devServerOrigin('file:///tmp/index.html', false)).toBeUndefined();
    expect(devServerOrigin('http://user:pw@localhost:5173', false)).toBeUndefined();
  });
});
