import { ESLint } from 'eslint';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The boundaries of src/shared (pure: no DOM, no Node) and of the builds,
 * proved by files that break them: each is fed to ESLint (its Node API) and
 * to the TypeScript compiler with the project's own configs, and must fail.
 * A clean file beside each proves the check can pass.
 */

const root = resolve(__dirname, '../..');

describe('ESLint keeps Node built-ins and DOM globals out of src/shared', () => {
  let eslint: ESLint;
  beforeAll(() => {
    eslint = new ESLint({ cwd: root });
  });
  const lint = async (path: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: join(root, path) });
    return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
  };

  it('refuses every bare built-in (the full list) and any node:*', async () => {
    const code = [...builtinModules, 'node:fs', 'node:test']
      .map((name, i) => `import * as m${i} from '${name}';\nexport { m${i} };`)
      .join('\n');
    const messages = await lint('src/shared/probe.ts', code);
    expect(messages).toHaveLength(builtinModules.length + 2);
    expect(messages.every((m) => m.startsWith('no-restricted-imports:'))).toBe(true);
  });

  it('refuses DOM and Node globals', async () => {
    const messages = await lint(
      'src/shared/probe.ts',
      'export const a = document.title;\nexport const b = process.cwd();\nexport const c = localStorage;\n',
    );
    expect(messages).toEqual([
      expect.stringMatching(/^no-restricted-globals: Unexpected use of 'document'/),
      expect.stringMatching(/^no-restricted-globals: Unexpected use of 'process'/),
      expect.stringMatching(/^no-restricted-globals: Unexpected use of 'localStorage'/),
    ]);
  });

  it('lets pure code through, and the renderer is refused built-ins too', async () => {
    expect(
      await lint(
        'src/shared/probe.ts',
        "import { z } from 'zod';\nexport const s = z.string();\nexport const u = new URL('https://cercle.example').host;\n",
      ),
    ).toEqual([]);
    expect(
      await lint('src/renderer/src/probe.ts', "export { readFile } from 'fs/promises';\n"),
    ).toEqual([expect.stringMatching(/^no-restricted-imports:/)]);
  });
});

/** A program of one config, with one extra file that exists only in memory. */
function program(config: string, probe?: { path: string; code: string }) {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(root, config),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  )!;
  const host = ts.createCompilerHost(parsed.options);
  const probePath = probe ? join(root, probe.path) : undefined;
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (f) => f === probePath || fileExists(f);
  host.readFile = (f) => (f === probePath ? probe!.code : readFile(f));
  host.getSourceFile = (f, ...rest) =>
    f === probePath
      ? ts.createSourceFile(f, probe!.code, ts.ScriptTarget.ES2022, true)
      : getSourceFile(f, ...rest);
  const rootNames = probePath
    ? [probePath, ...parsed.fileNames.filter((f) => f.endsWith('.d.ts'))]
    : parsed.fileNames;
  const made = ts.createProgram({ rootNames, options: parsed.options, host });
  const errorsOf = () =>
    ts
      .getPreEmitDiagnostics(made, made.getSourceFile(probePath!))
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
  const loads = (pattern: RegExp) => made.getSourceFiles().some((f) => pattern.test(f.fileName));
  return { errorsOf, loads };
}

const DOM_LIB = /[\\/]lib\.dom\.d\.ts$/;
const NODE_TYPES = /[\\/]@types[\\/]node[\\/]/;

describe('tsc gives each build the libs it needs, and src/shared none', () => {
  it('src/shared: DOM globals, Node globals and node:* fail to compile', () => {
    const shared = program('tsconfig.shared.json', {
      path: 'src/shared/probe.ts',
      code: [
        "import { readFileSync } from 'node:fs';",
        'export const read = readFileSync;',
        'export const title = document.title;',
        'export const cwd = process.cwd();',
      ].join('\n'),
    });
    const errors = shared.errorsOf();
    expect(errors).toEqual([
      expect.stringMatching(/Cannot find module 'node:fs'/),
      expect.stringMatching(/Cannot find name 'document'/),
      expect.stringMatching(/Cannot find name 'process'/),
    ]);
    expect(shared.loads(DOM_LIB)).toBe(false);
    expect(shared.loads(NODE_TYPES)).toBe(false);
  });

  it('src/shared: what both runtimes have still compiles', () => {
    const shared = program('tsconfig.shared.json', {
      path: 'src/shared/probe.ts',
      code: "export const copy = structuredClone({ a: new URL('https://cercle.example').host });\n",
    });
    expect(shared.errorsOf()).toEqual([]);
  });

  it('the node build has no DOM: the e2e bridge no longer leaks it in', () => {
    const node = program('tsconfig.node.json', {
      path: 'src/main/probe.ts',
      code: "import { tmpdir } from 'node:os';\nexport const t = tmpdir();\nexport const d = document.title;\n",
    });
    expect(node.errorsOf()).toEqual([expect.stringMatching(/Cannot find name 'document'/)]);
    expect(program('tsconfig.node.json').loads(DOM_LIB)).toBe(false);
  });

  it('the web build has the DOM and no Node; the bridge client is checked there', () => {
    const web = program('tsconfig.web.json', {
      path: 'src/renderer/src/probe.ts',
      code: 'export const t = document.title;\nexport const c = process.cwd();\n',
    });
    expect(web.errorsOf()).toEqual([expect.stringMatching(/Cannot find name 'process'/)]);
    const whole = program('tsconfig.web.json');
    expect(whole.loads(/tests[\\/]host[\\/]bridge-client\.ts$/)).toBe(true);
    expect(whole.loads(NODE_TYPES)).toBe(false);
  });
});
