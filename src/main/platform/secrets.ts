/**
 * How the desktop keeps a secret at rest (the association server's
 * facilitator key, in the settings table). Electron's safeStorage encrypts
 * with a key the operating system keeps for this user (Keychain, DPAPI,
 * libsecret/kwallet); where there is none, the secret is stored as it is and
 * Settings says so. Services see only this type, so they run without Electron.
 */
export type SecretStore = {
  /** 'os': encrypted with the system's key store; 'none': kept as plain text in the database. */
  readonly protection: 'os' | 'none';
  /** The text to store for `secret`. */
  seal(secret: string): string;
  /** The secret back, or undefined when this computer cannot read it (another machine's keychain). */
  open(stored: string): string | undefined;
};

const plainPrefix = 'plain:';
export const osPrefix = 'os:';

/** No system key store: the secret is stored as it is (and older rows had no prefix at all). */
export const plainSecrets: SecretStore = {
  protection: 'none',
  seal: (secret) => `${plainPrefix}${secret}`,
  open: (stored) => {
    if (stored.startsWith(osPrefix)) return undefined;
    return stored.startsWith(plainPrefix) ? stored.slice(plainPrefix.length) : stored;
  },
};

/** Whether a stored value is already sealed the way `store` seals. */
export function isSealedFor(store: SecretStore, stored: string): boolean {
  return store.protection === 'os' ? stored.startsWith(osPrefix) : stored.startsWith(plainPrefix);
}
