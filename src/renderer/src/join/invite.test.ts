import { describe, expect, it } from 'vitest';
import { parseInvite, signalingUrl } from './invite';

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
