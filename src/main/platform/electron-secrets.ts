import type { SafeStorage } from 'electron';
import { osPrefix, plainSecrets, type SecretStore } from './secrets';

/**
 * Secrets sealed with Electron's safeStorage. On Linux without a keyring
 * (the 'basic_text' backend) safeStorage still "encrypts", with a password
 * written in Chromium's source: that protects nothing, so it counts as none.
 * Call after the app is ready (Linux reads the keyring then).
 */
export function electronSecrets(
  safeStorage: Pick<
    SafeStorage,
    'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'
  >,
  platform: NodeJS.Platform = process.platform,
): SecretStore {
  const weak = platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text';
  if (!safeStorage.isEncryptionAvailable() || weak) return plainSecrets;
  return {
    protection: 'os',
    seal: (secret) => `${osPrefix}${safeStorage.encryptString(secret).toString('base64')}`,
    open: (stored) => {
      if (!stored.startsWith(osPrefix)) return plainSecrets.open(stored);
      try {
        return safeStorage.decryptString(Buffer.from(stored.slice(osPrefix.length), 'base64'));
      } catch {
        return undefined;
      }
    },
  };
}
