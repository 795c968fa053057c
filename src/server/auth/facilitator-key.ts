import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { StartError } from '../errors';
import { hashToken, randomId, tokenMatches } from './tokens';

/** The file, inside the config directory, that keeps the generated key. */
export const configFileName = 'session-server.json';

const configFileSchema = z.looseObject({ facilitatorKey: z.string().min(16).max(256) });

export type StoredKey = { key: string; created: boolean; path: string };

/**
 * Reads the facilitator key from `<dir>/session-server.json`, or creates the
 * file with a new key. The file holds a secret: it is written 0600 (and its
 * directory 0700), and tightened if someone loosened it.
 */
export function loadOrCreateFacilitatorKey(dir: string): StoredKey {
  const path = join(dir, configFileName);
  let text: string | undefined;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new StartError('CONFIG_INVALID', `Cannot read ${path}: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }
  if (text !== undefined) {
    let parsed: z.infer<typeof configFileSchema>;
    try {
      parsed = configFileSchema.parse(JSON.parse(text));
    } catch (error) {
      throw new StartError(
        'CONFIG_INVALID',
        `${path} is not a valid server config (expected {"facilitatorKey": "..."}); fix or delete it.`,
        { cause: error },
      );
    }
    if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
    return { key: parsed.facilitatorKey, created: false, path };
  }
  const key = generateFacilitatorKey();
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(path, `${JSON.stringify({ facilitatorKey: key }, null, 2)}\n`, {
      mode: 0o600,
      flag: 'wx',
    });
  } catch (error) {
    throw new StartError('CONFIG_UNWRITABLE', `Cannot write ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return { key, created: true, path };
}

/** 192 random bits, URL-safe so it can be pasted anywhere. */
export function generateFacilitatorKey(): string {
  return randomId(24);
}

/** Checks presented keys in constant time against the server's key. */
export function facilitatorKeyChecker(key: string): (presented: string) => boolean {
  const stored = hashToken(key);
  return (presented) => tokenMatches(stored, presented);
}
