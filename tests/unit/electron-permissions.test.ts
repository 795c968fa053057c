import { describe, expect, it } from 'vitest';
import { decidePermission, installPermissionHandlers } from '../../src/main/windows/permissions';
import type { Session } from 'electron';
import { FakeSession } from './electron-fakes';

const trustedOrigins = ['app://cercle'];
const ask = (overrides: Partial<Parameters<typeof decidePermission>[0]>) =>
  decidePermission({
    permission: 'media',
    requestingUrl: 'app://cercle/index.html',
    isMainFrame: true,
    mediaTypes: ['audio', 'video'],
    trustedOrigins,
    ...overrides,
  });

describe('decidePermission', () => {
  it('grants camera and microphone to the app page', () => {
    expect(ask({})).toBe(true);
    expect(ask({ mediaTypes: ['audio'] })).toBe(true);
    expect(ask({ mediaTypes: ['video'] })).toBe(true);
  });

  it('denies media to any other origin or to a subframe', () => {
    expect(ask({ requestingUrl: 'https://evil.example/' })).toBe(false);
    expect(ask({ requestingUrl: 'app://evil/index.html' })).toBe(false);
    expect(ask({ requestingUrl: undefined })).toBe(false);
    expect(ask({ isMainFrame: false })).toBe(false);
  });

  it('denies media requests that are empty or ask for something unknown', () => {
    expect(ask({ mediaTypes: [] })).toBe(false);
    expect(ask({ mediaTypes: undefined })).toBe(false);
    expect(ask({ mediaTypes: ['unknown'] })).toBe(false);
    expect(ask({ mediaTypes: ['audio', 'screen'] })).toBe(false);
  });

  it('lets the app page reach a session server on this computer or the local network', () => {
    for (const permission of ['local-network-access', 'local-network', 'loopback-network']) {
      expect(ask({ permission, mediaTypes: undefined }), permission).toBe(true);
      expect(ask({ permission, requestingUrl: 'https://evil.example/' }), permission).toBe(false);
      expect(ask({ permission, isMainFrame: false }), permission).toBe(false);
    }
  });

  it('denies every other permission, even to the app page', () => {
    for (const permission of [
      'geolocation',
      'geolocation-approximate',
      'notifications',
      'clipboard-read',
      'deprecated-sync-clipboard-read',
      'display-capture',
      'captured-surface-control',
      'midiSysex',
      'openExternal',
      'fileSystem',
      'hid',
      'usb',
      'serial',
      'smart-card',
      'local-fonts',
      'window-management',
      'web-printing',
      'web-app-installation',
      'screen-wake-lock',
      'persistent-storage',
      'unknown',
    ]) {
      expect(ask({ permission }), permission).toBe(false);
    }
  });
});

describe('installPermissionHandlers', () => {
  const install = () => {
    const session = new FakeSession();
    installPermissionHandlers(session as unknown as Session, trustedOrigins);
    return session;
  };

  it('answers requests: media for the app, nothing else', async () => {
    const session = install();
    const app = { requestingUrl: 'app://cercle/index.html', mediaTypes: ['audio', 'video'] };
    expect(await session.request('media', app)).toBe(true);
    expect(await session.request('geolocation', { requestingUrl: app.requestingUrl })).toBe(false);
    expect(await session.request('notifications', { requestingUrl: app.requestingUrl })).toBe(
      false,
    );
    expect(
      await session.request('media', { ...app, requestingUrl: 'https://evil.example/call' }),
    ).toBe(false);
    expect(await session.request('local-network', { requestingUrl: app.requestingUrl })).toBe(true);
  });

  it('answers checks the same way', () => {
    const session = install();
    expect(session.check('loopback-network', 'app://cercle')).toBe(true);
    expect(session.check('loopback-network', 'https://evil.example')).toBe(false);
    expect(session.check('media', 'app://cercle', { mediaType: 'audio' })).toBe(true);
    expect(session.check('media', 'app://cercle', { mediaType: 'unknown' })).toBe(false);
    expect(session.check('media', 'https://evil.example', { mediaType: 'video' })).toBe(false);
    expect(session.check('notifications', 'app://cercle')).toBe(false);
  });

  it('refuses USB, HID and serial devices', () => {
    const session = install();
    expect(session.devicePermissionHandler?.()).toBe(false);
  });
});
