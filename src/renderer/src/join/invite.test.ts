import { describe, expect, it } from 'vitest';
import { parseInvite, signalingUrl, takeInvite } from './invite';

const token = 'v1.eyJyIjoiYWJjIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ';

describe('the invitation link', () => {
  it('gives the room and the token from /join/<room>#invite=<token>', () => {
    expect(parseInvite({ pathname: '/join/Room_1234', hash: `#invite=${token}` })).toEqual({
      roomId: 'Room_1234',
      token,
    });
    expect(parseInvite({ pathname: '/join/Room_1234/', hash: `#invite=${token}` })?.roomId).toBe(
      'Room_1234',
    );
  });

  it('is incomplete without its token, its room, or with a cut token', () => {
    expect(parseInvite({ pathname: '/join/Room_1234', hash: '' })).toBeUndefined();
    expect(parseInvite({ pathname: '/join/', hash: `#invite=${token}` })).toBeUndefined();
    expect(parseInvite({ pathname: '/join/Room_1234', hash: '#invite=v1.ab' })).toBeUndefined();
    expect(parseInvite({ pathname: '/join/Ro!m', hash: `#invite=${token}` })).toBeUndefined();
  });

  it('reaches the signaling socket of the server that served the page', () => {
    expect(signalingUrl({ protocol: 'https:', host: 'visio.example.org' })).toBe(
      'wss://visio.example.org/ws',
    );
    expect(signalingUrl({ protocol: 'http:', host: '127.0.0.1:8443' })).toBe(
      'ws://127.0.0.1:8443/ws',
    );
  });
});

describe('the invitation leaves the address bar', () => {
  function tab() {
    const items = new Map<string, string>();
    const storage = {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
    };
    const addresses: string[] = [];
    const history = {
      replaceState: (_s: unknown, _t: string, url?: string | URL | null) =>
        void addresses.push(String(url)),
    };
    return { storage, history, addresses };
  }

  it('is read, then the fragment is replaced away; a reload of the bare address still has it', () => {
    const { storage, history, addresses } = tab();
    const first = takeInvite(
      { pathname: '/join/Room_1234', hash: `#invite=${token}`, search: '' },
      history,
      storage,
    );
    expect(first).toEqual({ roomId: 'Room_1234', token });
    expect(addresses).toEqual(['/join/Room_1234']);
    const reloaded = takeInvite(
      { pathname: '/join/Room_1234', hash: '', search: '' },
      history,
      storage,
    );
    expect(reloaded).toEqual({ roomId: 'Room_1234', token });
    expect(addresses).toHaveLength(1);
  });

  it('is kept for its own room only, and a page without storage still joins once', () => {
    const { storage, history } = tab();
    takeInvite(
      { pathname: '/join/Room_1234', hash: `#invite=${token}`, search: '' },
      history,
      storage,
    );
    expect(
      takeInvite({ pathname: '/join/Other_5678', hash: '', search: '' }, history, storage),
    ).toBeUndefined();
    expect(
      takeInvite(
        { pathname: '/join/Room_1234', hash: `#invite=${token}`, search: '' },
        history,
        undefined,
      ),
    ).toEqual({ roomId: 'Room_1234', token });
  });
});
