import { parseArgs } from 'node:util';
import { StartError } from '../errors';
import { keyFile, keyNameSchema } from './facilitator-keys';

export type KeysRequest =
  | { kind: 'keys'; action: 'list'; configDir: string }
  | { kind: 'keys'; action: 'add' | 'revoke'; name: string; configDir: string };

export const keysUsage = [
  'Usage: npm run server -- keys add <name>      a new key for one facilitator (shown once)',
  '       npm run server -- keys list            the keys, by name (never the keys themselves)',
  '       npm run server -- keys revoke <name>   that key stops opening and claiming rooms',
  '       add --config-dir <dir> (CERCLE_CONFIG_DIR) to use another key file',
].join('\n');

/** `keys add|list|revoke [name] [--config-dir dir]`. */
export function parseKeysCommand(argv: string[], defaultDir: string): KeysRequest {
  let parsed: ReturnType<
    typeof parseArgs<{
      options: { 'config-dir': { type: 'string' } };
      allowPositionals: true;
      strict: true;
    }>
  >;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: { 'config-dir': { type: 'string' } },
    });
  } catch (error) {
    throw new StartError('CONFIG_INVALID', `${(error as Error).message}\n\n${keysUsage}`);
  }
  const [action, name, ...rest] = parsed.positionals;
  const configDir = parsed.values['config-dir'] || defaultDir;
  if (action === 'list' && name === undefined) return { kind: 'keys', action, configDir };
  if ((action === 'add' || action === 'revoke') && name !== undefined && rest.length === 0) {
    const checked = keyNameSchema.safeParse(name);
    if (!checked.success) {
      throw new StartError(
        'CONFIG_INVALID',
        `"${name}": ${checked.error.issues[0]?.message ?? 'not a name'}`,
      );
    }
    return { kind: 'keys', action, name: checked.data, configDir };
  }
  throw new StartError('CONFIG_INVALID', keysUsage);
}

/** Runs the command; returns what to print. A running server sees the change at once. */
export function runKeysCommand(request: KeysRequest): string {
  const { configDir } = request;
  switch (request.action) {
    case 'list': {
      const entries = keyFile.list(configDir);
      if (entries.length === 0) {
        return `No facilitator key in ${configDir}. Add one: npm run server -- keys add <name>`;
      }
      const lines = entries.map((entry) =>
        `  ${entry.name.padEnd(24)} ••••${entry.key.slice(-4)}  ${entry.createdAt ? `added ${entry.createdAt.slice(0, 10)}` : ''}`.trimEnd(),
      );
      return [`Facilitator keys in ${configDir}:`, ...lines].join('\n');
    }
    case 'add': {
      const { key, path } = keyFile.add(configDir, request.name);
      return [
        `A key for "${request.name}" was added to ${path}.`,
        'Give it to that facilitator only (Cercle → Settings → session server); it is shown this once:',
        `  ${key}`,
      ].join('\n');
    }
    case 'revoke': {
      const { path, left } = keyFile.revoke(configDir, request.name);
      return [
        `The key "${request.name}" was removed from ${path}: it can no longer open rooms or claim them back.`,
        'Rooms it opened stay open until they close.',
        left === 0
          ? 'No key is left: nobody can open rooms until you add one.'
          : `${left} key(s) left.`,
      ].join('\n');
    }
  }
}
