import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The participant page loads only its own tables (i18n/fr-participant.ts,
 * en-participant.ts), while keys are type-checked against the facilitator
 * app's full tables. This walks every module the page can load and checks
 * that each key it uses lies in a namespace of the page's tables, so a
 * string never shows as its raw key on the page.
 */
const renderer = resolve(__dirname, '../../src/renderer/src');
const entry = join(renderer, 'join/main.tsx');

type Table = Record<string, unknown>;
/** The page's tables, loaded by path: renderer code is outside this test's TypeScript project. */
async function participantTables(): Promise<{ fr: Table; en: Table }> {
  const load = (file: string) =>
    import(join(renderer, 'i18n', file)) as Promise<Record<string, Table>>;
  const [fr, en] = await Promise.all([load('fr-participant.ts'), load('en-participant.ts')]);
  return { fr: fr.frParticipant ?? {}, en: en.enParticipant ?? {} };
}

function resolveImport(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  const found = ['', '.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find(existsSync);
  return found && /\.tsx?$/.test(found) ? found : null;
}

function pageModules(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
      const next = resolveImport(file, match[1] ?? '');
      if (next) visit(next);
    }
  };
  visit(entry);
  return [...seen];
}

/** The namespace (first segment) of every key given to `t(...)` or `i18nKey=` as a literal. */
function namespacesUsed(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const keys = source.matchAll(/(?:\bt\(\s*|i18nKey=\{?\s*)['"`]([A-Za-z]+)\./g);
  return [...keys].map((match) => match[1] ?? '');
}

describe('the participant page’s strings', () => {
  const modules = pageModules();

  it('walks the page’s modules, the call and the speaking rounds included', () => {
    const names = modules.map((file) => relative(renderer, file));
    expect(names).toEqual(
      expect.arrayContaining([
        'join/JoinPage.tsx',
        'call/CallView.tsx',
        'rounds/ParticipantRounds.tsx',
        'i18n/participant.ts',
      ]),
    );
    expect(names).not.toContain('app/App.tsx');
  });

  it('come only from the namespaces the page loads, in both languages', async () => {
    const { fr: frParticipant, en: enParticipant } = await participantTables();
    const missing = modules.flatMap((file) =>
      namespacesUsed(file)
        .filter((namespace) => !(namespace in frParticipant) || !(namespace in enParticipant))
        .map((namespace) => `${relative(renderer, file)}: ${namespace}.*`),
    );
    expect(missing).toEqual([]);
    const used = new Set(modules.flatMap(namespacesUsed));
    expect([...used].sort()).toEqual(['call', 'common', 'join', 'languages', 'rounds']);
  });
});
