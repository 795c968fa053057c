import { describe, expect, it } from 'vitest';
import { electronSecrets } from '../../src/main/platform/electron-secrets';
import { plainSecrets } from '../../src/main/platform/secrets';

/*
 * safeStorage itself needs the Electron binary (absent here): this fake
 * stands in for it at that boundary and "encrypts" by reversing bytes, so a
 * sealed value visibly differs from the secret.
 */
function fakeSafeStorage(available: boolean, backend = 'gnome_libsecret') {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend as 'gnome_libsecret',
    encryptString: (text: string) => Buffer.from(text, 'utf8').reverse(),
    decryptString: (data: Buffer) => Buffer.from(data).reverse().toString('utf8'),
  };
}

describe('the association key at rest', () => {
  it('is sealed by the system’s key store where there is one, and opened back', () => {
    const store = electronSecrets(fakeSafeStorage(true), 'linux');
    expect(store.protection).toBe('os');
    const sealed = store.seal('secret-key-abcd1234');
    expect(sealed.startsWith('os:')).toBe(true);
    expect(sealed).not.toContain('secret-key');
    expect(store.open(sealed)).toBe('secret-key-abcd1234');
    // A key saved before sealing existed still reads (and is sealed on the next start).
    expect(store.open('secret-key-abcd1234')).toBe('secret-key-abcd1234');
  });

  it('counts Linux’s basic_text backend (a password in Chromium’s source) as no protection', () => {
    expect(electronSecrets(fakeSafeStorage(true, 'basic_text'), 'linux').protection).toBe('none');
    expect(electronSecrets(fakeSafeStorage(false), 'win32').protection).toBe('none');
    expect(electronSecrets(fakeSafeStorage(true, 'basic_text'), 'darwin').protection).toBe('os');
  });

  it('a value sealed elsewhere cannot be read without that key store', () => {
    const sealed = electronSecrets(fakeSafeStorage(true), 'linux').seal('secret-key-abcd1234');
    expect(plainSecrets.open(sealed)).toBeUndefined();
    const broken = electronSecrets(
      {
        ...fakeSafeStorage(true),
        decryptString: () => {
          throw new Error('other keychain');
        },
      },
      'linux',
    );
    expect(broken.open(sealed)).toBeUndefined();
  });
});
