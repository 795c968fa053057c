import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

/*
 * The session server runs on its own (`npm run server`), so it may not reach
 * into the desktop app: the ESLint boundary rule must refuse it. Linted with
 * the project's own config, as `npm run lint` does.
 */

const root = resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('the session server stands apart from the desktop app', () => {
  test('a server file importing from src/main fails lint', async () => {
    const messages = await restrictedImports(
      'src/server/boundary-probe.ts',
      "import { openCore } from '../main/core';\nexport const probe = openCore;\n",
    );
    expect(messages).toEqual([
      expect.stringContaining('The session server imports nothing from the desktop app'),
    ]);
  });

  test('so does a nested server file, and electron', async () => {
    const messages = await restrictedImports(
      'src/server/media/boundary-probe.ts',
      "import { buildDevCsp } from '../../main/windows/dev-csp';\nimport { app } from 'electron';\nexport const probe = [buildDevCsp, app];\n",
    );
    expect(messages).toHaveLength(2);
  });

  test('shared code and the server’s own modules stay allowed; main may use the server', async () => {
    expect(
      await restrictedImports(
        'src/server/boundary-probe.ts',
        "import { buildCsp } from '../shared/csp';\nimport { contentTypeOf } from './util/static-files';\nexport const probe = [buildCsp, contentTypeOf];\n",
      ),
    ).toEqual([]);
    expect(
      await restrictedImports(
        'src/main/windows/boundary-probe.ts',
        "import { resolveStaticPath } from '../../server/util/static-files';\nexport const probe = resolveStaticPath;\n",
      ),
    ).toEqual([]);
  });
});
