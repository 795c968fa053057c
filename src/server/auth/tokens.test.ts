import { describe, expect, test } from 'vitest';
import { SignalingError } from '../errors';
import { manualClock } from '../util/clock';
import { InviteTokens, newSecretToken, tokenMatches } from './tokens';

function codeOf(action: () => void): string | undefined {
  try {
    action();
    return undefined;
  } catch (error) {
    if (error instanceof SignalingError) return error.code;
    throw error;
  }
}

describe('invite tokens', () => {
  const clock = manualClock();
  const tokens = new InviteTokens(clock);

  test('valid for its room until it expires', () => {
    const { token, expiresAt } = tokens.issue('room-aaaaaaaa', 60_000);
    expect(expiresAt).toBe(clock.now() + 60_000);
    expect(codeOf(() => tokens.verify(token, 'room-aaaaaaaa'))).toBeUndefined();
    expect(codeOf(() => tokens.verify(token, 'room-bbbbbbbb'))).toBe('TOKEN_INVALID');
    clock.advance(60_000);
    expect(codeOf(() => tokens.verify(token, 'room-aaaaaaaa'))).toBe('TOKEN_EXPIRED');
  });

  test('changing the claims (a later expiry, another room) breaks the signature', () => {
    const { token } = tokens.issue('room-aaaaaaaa', 60_000);
    const [version, , mac] = token.split('.');
    const claims = Buffer.from(
      JSON.stringify({ r: 'room-aaaaaaaa', e: 9e15, g: 0, n: 'x' }),
    ).toString('base64url');
    expect(codeOf(() => tokens.verify(`${version}.${claims}.${mac}`, 'room-aaaaaaaa'))).toBe(
      'TOKEN_INVALID',
    );
  });

  test('carries the invite generation it was issued for', () => {
    const { token } = tokens.issue('room-aaaaaaaa', 60_000, 3);
    expect(tokens.verify(token, 'room-aaaaaaaa')).toEqual({ generation: 3 });
  });

  test('a token signed by another server is refused', () => {
    const elsewhere = new InviteTokens(clock);
    const { token } = elsewhere.issue('room-aaaaaaaa', 60_000);
    expect(codeOf(() => tokens.verify(token, 'room-aaaaaaaa'))).toBe('TOKEN_INVALID');
  });

  test('malformed tokens are refused without throwing anything else', () => {
    for (const token of [
      '',
      'v1',
      'v1..',
      'v2.a.b',
      'v1.a.b.c',
      'v1.%%%.###',
      'v1.e30.' + 'A'.repeat(43),
    ]) {
      expect(
        codeOf(() => tokens.verify(token, 'room-aaaaaaaa')),
        token,
      ).toBe('TOKEN_INVALID');
    }
  });
});

describe('reconnect secrets', () => {
  test('only the exact token matches its stored hash', () => {
    const { token, hash } = newSecretToken();
    expect(tokenMatches(hash, token)).toBe(true);
    expect(tokenMatches(hash, `${token}x`)).toBe(false);
    expect(tokenMatches(hash, newSecretToken().token)).toBe(false);
  });
});
