import { describe, expect, it } from 'vitest';
import { decidePermission } from './permissions';

const query = (permission: string, requestingUrl: string, isMainFrame = true) => ({
  permission,
  requestingUrl,
  isMainFrame,
  mediaTypes: undefined,
  trustedOrigins: ['app://cercle'],
});

describe('the "Copy the link" button of a room', () => {
  it('may write to the clipboard from the app page', () => {
    expect(decidePermission(query('clipboard-sanitized-write', 'app://cercle/index.html'))).toBe(
      true,
    );
  });

  it('gives that to no other page or frame, and never lets anyone read the clipboard', () => {
    expect(decidePermission(query('clipboard-sanitized-write', 'https://evil.example/'))).toBe(
      false,
    );
    expect(
      decidePermission(query('clipboard-sanitized-write', 'app://cercle/index.html', false)),
    ).toBe(false);
    expect(decidePermission(query('clipboard-read', 'app://cercle/index.html'))).toBe(false);
  });
});
