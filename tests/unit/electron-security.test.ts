import type { App, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { isAppUrl } from '../../src/main/windows/origin';
import { guardWebContents, installSecurityGuards } from '../../src/main/windows/security';
import { fakeEvent, FakeWebContents } from './electron-fakes';

function guarded() {
  const contents = new FakeWebContents();
  const openExternal = vi.fn(() => Promise.resolve());
  const log = vi.fn();
  guardWebContents(contents as unknown as WebContents, {
    isAppUrl: (url) => isAppUrl(url, ['app://cercle']),
    openExternal,
    log,
  });
  return { contents, openExternal, log };
}

describe('navigation guards', () => {
  it('lets the app move between its own pages', () => {
    const { contents } = guarded();
    expect(contents.navigate('will-navigate', 'app://cercle/index.html')).toBe(false);
    expect(contents.navigate('will-frame-navigate', 'app://cercle/join.html')).toBe(false);
  });

  it('stops navigation and redirects to any other origin', () => {
    const { contents, openExternal } = guarded();
    expect(contents.navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.navigate('will-frame-navigate', 'https://evil.example/frame')).toBe(true);
    expect(contents.navigate('will-redirect', 'https://evil.example/landing')).toBe(true);
    expect(contents.navigate('will-navigate', 'app://cercle.evil.example/')).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('refuses every <webview>', () => {
    const { contents } = guarded();
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, { src: 'https://example.org' });
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('window.open', () => {
  it('never opens an Electron window, and sends safe web links to the browser', () => {
    const { contents, openExternal } = guarded();
    expect(contents.windowOpenHandler?.({ url: 'https://www.3114.fr/' })).toEqual({
      action: 'deny',
    });
    expect(openExternal).toHaveBeenCalledWith('https://www.3114.fr/');
  });

  it('opens nothing at all for javascript:, file:, data: or app: URLs', () => {
    const { contents, openExternal, log } = guarded();
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,hi',
      'app://cercle/index.html',
      'https://user:pw@example.org/',
    ]) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(openExternal).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledTimes(5);
  });

  it('keeps running when the system cannot open a link', async () => {
    const contents = new FakeWebContents();
    const failed = Promise.reject(new Error('no browser'));
    const log = vi.fn();
    guardWebContents(contents as unknown as WebContents, {
      isAppUrl: () => false,
      openExternal: () => failed,
      log,
    });
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({
      action: 'deny',
    });
    // The guard's own catch was attached first, so it has run once this settles.
    await failed.catch(() => undefined);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('no browser'));
  });
});

describe('installSecurityGuards', () => {
  it('guards every web contents the app creates', () => {
    const listeners: Array<(event: unknown, contents: FakeWebContents) => void> = [];
    const app = { on: (_name: string, listener: never) => listeners.push(listener) };
    installSecurityGuards(app as unknown as App, {
      isAppUrl: (url) => isAppUrl(url, ['app://cercle']),
      openExternal: vi.fn(() => Promise.resolve()),
      log: vi.fn(),
    });
    const contents = new FakeWebContents();
    for (const listener of listeners) listener(fakeEvent(), contents);
    expect(contents.navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.windowOpenHandler).toBeDefined();
  });
});
