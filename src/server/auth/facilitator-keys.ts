import { chmodSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { StartError } from '../errors';
import { hashToken, randomId, tokenMatches } from './tokens';

/** The file, inside the config directory, that keeps the facilitator keys. */
export const configFileName = 'session-server.json';

/** A key's name says whose it is ("marie", "antenne-lyon"); it appears in `keys list` only. */
export const keyNameSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/,
    'a name has 1 to 40 letters, digits, dots, dashes or underscores',
  );

const keySchema = z.string().min(16).max(256);
const entrySchema = z.strictObject({
  name: keyNameSchema,
  key: keySchema,
  createdAt: z.string(),
});
export type KeyEntry = z.infer<typeof entrySchema>;

const fileSchema = z.union([
  z
    .looseObject({ version: z.literal(2), facilitatorKeys: z.array(entrySchema).max(1000) })
    .transform((file) => file.facilitatorKeys),
  // The first format held one key; it reads as a key named "default".
  z
    .looseObject({ facilitatorKey: keySchema })
    .transform((file): KeyEntry[] => [
      { name: 'default', key: file.facilitatorKey, createdAt: '' },
    ]),
]);

/** 192 random bits, URL-safe so it can be pasted anywhere. */
export function generateFacilitatorKey(): string {
  return randomId(24);
}

function readEntries(path: string): KeyEntry[] | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new StartError('CONFIG_INVALID', `Cannot read ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  let parsed: KeyEntry[];
  try {
    parsed = fileSchema.parse(JSON.parse(text));
  } catch (error) {
    throw new StartError(
      'CONFIG_INVALID',
      `${path} is not a valid key file (expected {"version": 2, "facilitatorKeys": [...]}); fix or delete it.`,
      { cause: error },
    );
  }
  if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
  return parsed;
}

/** Writes the whole file at once (temp file, then rename), 0600 in a 0700 directory. */
function writeEntries(dir: string, entries: readonly KeyEntry[]): string {
  const path = join(dir, configFileName);
  const temp = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const body = { version: 2, facilitatorKeys: entries };
    writeFileSync(temp, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600 });
    renameSync(temp, path);
  } catch (error) {
    throw new StartError('CONFIG_UNWRITABLE', `Cannot write ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return path;
}

type Checked = { name: string; hash: Buffer };

/** Changes whenever the file is rewritten (a rename gives it a new inode). */
function stampOf(path: string): string {
  const info = statSync(path);
  return `${info.ino}:${info.mtimeMs}:${info.size}`;
}

function hashed(entries: readonly KeyEntry[]): Checked[] {
  return entries.map((entry) => ({ name: entry.name, hash: hashToken(entry.key) }));
}

/**
 * The keys that may open rooms on this server, one per facilitator, each
 * with a name. Kept in `<config dir>/session-server.json` (0600); a running
 * server re-reads the file when it changes, so `keys revoke` applies at once.
 * Keys are compared in constant time against their hashes; a key is never
 * logged, and only the first start's message says where it was written.
 */
export class FacilitatorKeys {
  readonly path: string | undefined;
  /** True when this start made the file and its first key. */
  readonly created: boolean;
  #entries: KeyEntry[];
  #checked: Checked[];
  #stamp = '';
  #unreadable: string | undefined;

  private constructor(path: string | undefined, entries: KeyEntry[], created: boolean) {
    this.path = path;
    this.created = created;
    this.#entries = entries;
    this.#checked = hashed(entries);
    if (path) this.#stamp = stampOf(path);
  }

  /** One key given on the command line (or by a test), kept in memory only. */
  static single(key: string): FacilitatorKeys {
    return new FacilitatorKeys(undefined, [{ name: 'default', key, createdAt: '' }], false);
  }

  /** Reads the key file, or creates it with one key named "default". */
  static loadOrCreate(dir: string): FacilitatorKeys {
    const path = join(dir, configFileName);
    const entries = readEntries(path);
    if (entries) return new FacilitatorKeys(path, entries, false);
    const first: KeyEntry = {
      name: 'default',
      key: generateFacilitatorKey(),
      createdAt: new Date().toISOString(),
    };
    writeEntries(dir, [first]);
    return new FacilitatorKeys(path, [first], true);
  }

  /** Names of the keys, oldest first. */
  get names(): string[] {
    this.#refresh();
    return this.#entries.map((entry) => entry.name);
  }

  /** The first key (the desktop app's own hosted server uses it); undefined when none is left. */
  get firstKey(): string | undefined {
    this.#refresh();
    return this.#entries[0]?.key;
  }

  /** Why the key file could not be read again, if it could not (every key is refused meanwhile). */
  get problem(): string | undefined {
    return this.#unreadable;
  }

  /** The name of the key presented, or undefined. Every key is compared, so timing tells nothing. */
  check(presented: string): string | undefined {
    this.#refresh();
    let found: string | undefined;
    for (const { name, hash } of this.#checked) {
      if (tokenMatches(hash, presented) && found === undefined) found = name;
    }
    return found;
  }

  /** Re-reads the file after `keys add/revoke`; an unreadable file refuses every key (fails closed). */
  #refresh(): void {
    if (!this.path) return;
    let stamp: string;
    try {
      stamp = stampOf(this.path);
    } catch (error) {
      this.#fail((error as Error).message);
      return;
    }
    if (stamp === this.#stamp && this.#unreadable === undefined) return;
    try {
      this.#entries = readEntries(this.path) ?? [];
      this.#checked = hashed(this.#entries);
      this.#stamp = stamp;
      this.#unreadable = undefined;
    } catch (error) {
      this.#fail((error as Error).message);
    }
  }

  #fail(reason: string): void {
    this.#entries = [];
    this.#checked = [];
    this.#unreadable = reason;
  }
}

/** `keys add|list|revoke`: edits the key file a running server re-reads. */
export const keyFile = {
  list(dir: string): KeyEntry[] {
    return readEntries(join(dir, configFileName)) ?? [];
  },

  /** Adds a key for `name` and returns it (the only time it is shown). */
  add(dir: string, name: string): { key: string; path: string } {
    const entries = keyFile.list(dir);
    if (entries.some((entry) => entry.name === name)) {
      throw new StartError('CONFIG_INVALID', `A key named "${name}" exists already.`);
    }
    const key = generateFacilitatorKey();
    const path = writeEntries(dir, [
      ...entries,
      { name, key, createdAt: new Date().toISOString() },
    ]);
    return { key, path };
  },

  /** Removes the key: rooms can no longer be opened or claimed back with it. */
  revoke(dir: string, name: string): { path: string; left: number } {
    const entries = keyFile.list(dir);
    const kept = entries.filter((entry) => entry.name !== name);
    if (kept.length === entries.length) {
      throw new StartError('CONFIG_INVALID', `No key is named "${name}".`);
    }
    return { path: writeEntries(dir, kept), left: kept.length };
  },
};
