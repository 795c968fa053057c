import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl, safeExternalUrl } from '../../src/main/windows/external-links';

describe('isSafeExternalUrl', () => {
  it('accepts plain web links', () => {
    expect(isSafeExternalUrl('https://www.3114.fr/')).toBe(true);
    expect(isSafeExternalUrl('http://example.org/a?b=c#d')).toBe(true);
    expect(safeExternalUrl('HTTPS://Example.ORG')).toBe('https://example.org/');
  });

  it('refuses everything that could run code, open files or launch programs', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'smb://server/share',
      'ms-msdt:/id',
      'app://cercle/index.html',
      'mailto:someone@example.org',
      'https://user:secret@example.org/',
      'https://user@example.org/',
      'https:///nohost',
      'https:\\\\example.org',
      'https:example.org',
      'http://',
      ' https://example.org',
      'https://exa\nmple.org',
      'java\tscript:alert(1)',
      '',
      `https://example.org/${'a'.repeat(3000)}`,
    ]) {
      expect(isSafeExternalUrl(url), JSON.stringify(url)).toBe(false);
    }
  });

  it('refuses values that are not strings', () => {
    expect(isSafeExternalUrl(undefined)).toBe(false);
    expect(isSafeExternalUrl({ toString: () => 'https://example.org' })).toBe(false);
  });

  it('only ever returns http(s) URLs with a host and no credentials', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl({ withQueryParameters: true })), (input) => {
        const safe = safeExternalUrl(input);
        if (safe === undefined) return;
        const url = new URL(safe);
        expect(['http:', 'https:']).toContain(url.protocol);
        expect(url.hostname).not.toBe('');
        expect(url.username + url.password).toBe('');
      }),
    );
  });
});
