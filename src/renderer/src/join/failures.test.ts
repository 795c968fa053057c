import { describe, expect, it } from 'vitest';
import { SignalingError } from '../../../shared/signaling/errors';
import { actionOf, failureOfEnd, failureOfError, joinFailures } from './failures';

describe('what the participant page says when joining stops', () => {
  it('turns server refusals into plain failures', () => {
    const refusal = (code: ConstructorParameters<typeof SignalingError>[0]) =>
      failureOfError(new SignalingError(code, 'x'));
    expect(refusal('TOKEN_EXPIRED')).toBe('tokenExpired');
    expect(refusal('TOKEN_INVALID')).toBe('tokenInvalid');
    expect(refusal('ROOM_NOT_FOUND')).toBe('roomClosed');
    expect(refusal('ROOM_LOCKED')).toBe('locked');
    expect(refusal('TOKEN_REVOKED')).toBe('tokenRevoked');
    expect(refusal('TOKEN_USED_UP')).toBe('tokenUsedUp');
    expect(refusal('LOBBY_FULL')).toBe('lobbyFull');
    expect(refusal('INTERNAL')).toBe('unknown');
    expect(failureOfError(new Error('Connection closed (1006)'))).toBe('unreachable');
  });

  it('says why the session ended', () => {
    expect(failureOfEnd({ kind: 'ended', reason: 'declined' })).toBe('declined');
    expect(failureOfEnd({ kind: 'ended', reason: 'roomClosed' })).toBe('roomClosed');
    expect(failureOfEnd({ kind: 'lost' })).toBe('lost');
  });

  it('offers a way back only where one exists', () => {
    expect(actionOf('unreachable')).toBe('retry');
    expect(actionOf('lost')).toBe('rejoin');
    expect(actionOf('declined')).toBeNull();
    expect(actionOf('tokenExpired')).toBeNull();
    expect(actionOf('tokenRevoked')).toBeNull();
    expect(actionOf('lobbyFull')).toBe('retry');
    expect(joinFailures.filter((failure) => actionOf(failure) !== null)).toHaveLength(8);
  });
});
