import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkPage, describePage, type PageBudget } from '../bundle/budgets';
import { readBuild, type Manifest, type ModuleList } from '../bundle/page-sizes';
import { useTempDir } from '../support/temp-dir';

/*
 * The budget check on a small build of real files: an entry with a shared
 * chunk, two language chunks, a media chunk loaded later, and one chunk of the
 * other page that the participant page never loads.
 */
const tempDir = useTempDir('cercle-bundle-');

/** Random bytes: gzip cannot shrink them, so a file's gzip size is about its length. */
const filler = (bytes: number) => randomBytes(bytes);

type Chunk = { file: string; bytes: number; modules: string[] } & Omit<Manifest[string], 'file'>;

function writeBuild(chunks: Record<string, Chunk>) {
  const dir = tempDir();
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, '.vite'));
  const manifest: Manifest = {};
  const modules: ModuleList = {};
  for (const [key, { bytes, modules: ids, ...entry }] of Object.entries(chunks)) {
    writeFileSync(join(dir, entry.file), filler(bytes));
    manifest[key] = entry;
    modules[entry.file] = ids.map((id) => ({ id, weight: 100 }));
  }
  writeFileSync(join(dir, '.vite/m.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, '.vite/modules.json'), JSON.stringify(modules));
  return readBuild(dir, { manifest: '.vite/m.json', modules: '.vite/modules.json' });
}

const budget: PageBudget = {
  page: 'test page',
  entry: 'join.html',
  firstScreenAlso: [['src/fr.ts'], ['src/en.ts']],
  firstScreenBytes: 60_000,
  totalBytes: 100_000,
  notOnFirstScreen: ['node_modules/media-lib/'],
  forbidden: ['node_modules/test-only/'],
};

function pageChunks(overrides: Partial<Record<string, Partial<Chunk>>> = {}) {
  const chunks: Record<string, Chunk> = {
    'join.html': {
      file: 'assets/join.js',
      bytes: 20_000,
      isEntry: true,
      imports: ['_shared.js'],
      dynamicImports: ['src/fr.ts', 'src/en.ts', 'src/media.ts'],
      modules: ['src/renderer/src/join/main.tsx'],
    },
    '_shared.js': {
      file: 'assets/shared.js',
      bytes: 30_000,
      modules: ['node_modules/ui/index.js'],
    },
    'src/fr.ts': { file: 'assets/fr.js', bytes: 4_000, isDynamicEntry: true, modules: ['fr.ts'] },
    'src/en.ts': { file: 'assets/en.js', bytes: 6_000, isDynamicEntry: true, modules: ['en.ts'] },
    'src/media.ts': {
      file: 'assets/media.js',
      bytes: 30_000,
      isDynamicEntry: true,
      modules: ['node_modules/media-lib/index.js'],
    },
    'index.html': {
      file: 'assets/app.js',
      bytes: 80_000,
      isEntry: true,
      imports: ['_shared.js'],
      modules: ['src/renderer/src/app/main.tsx'],
    },
  };
  for (const [key, change] of Object.entries(overrides)) {
    chunks[key] = { ...(chunks[key] as Chunk), ...change };
  }
  return chunks;
}

describe('the page budget check', () => {
  it('counts the entry, its static imports and the larger language before the first screen', () => {
    const build = writeBuild(pageChunks());
    const report = checkPage(build, budget);
    expect(report.firstScreen.map((file) => file.file).sort()).toEqual([
      'assets/en.js',
      'assets/join.js',
      'assets/shared.js',
    ]);
    expect(report.total.map((file) => file.file).sort()).toEqual([
      'assets/en.js',
      'assets/fr.js',
      'assets/join.js',
      'assets/media.js',
      'assets/shared.js',
    ]);
    const total = report.total.reduce((sum, file) => sum + file.gzip, 0);
    expect(total).toBe(
      ['join.js', 'shared.js', 'fr.js', 'en.js', 'media.js']
        .map((file) => gzipSync(readFileSync(join(build.dir, 'assets', file))).length)
        .reduce((a, b) => a + b),
    );
    expect(report.problems).toEqual([]);
    expect(describePage(report).join('\n')).toMatch(/in total {5}\d+\.\d kB \(budget 100\.0 kB\)/);
  });

  it('fails a page over its total budget, counting what it loads later', () => {
    const chunks = pageChunks({ 'src/media.ts': { bytes: 120_000 } });
    const report = checkPage(writeBuild(chunks), budget);
    expect(report.problems).toEqual([
      expect.stringMatching(/^in total .* over its budget of 100\.0 kB$/),
    ]);
  });

  it('fails a first screen over its budget', () => {
    const report = checkPage(writeBuild(pageChunks({ '_shared.js': { bytes: 80_000 } })), budget);
    expect(report.problems).toContainEqual(
      expect.stringMatching(/^first screen .* over its budget of 60\.0 kB$/),
    );
  });

  it('fails when the media library is needed before the first screen', () => {
    const chunks = pageChunks({
      '_shared.js': { modules: ['node_modules/ui/index.js', 'node_modules/media-lib/device.js'] },
    });
    expect(checkPage(writeBuild(chunks), budget).problems).toEqual([
      'node_modules/media-lib/device.js loads before the first screen',
    ]);
  });

  it('fails when test-only code is anywhere in the page, even in a late chunk', () => {
    const chunks = pageChunks({
      'src/media.ts': {
        modules: ['node_modules/media-lib/index.js', 'node_modules/test-only/a.js'],
      },
    });
    expect(checkPage(writeBuild(chunks), budget).problems).toEqual([
      'node_modules/test-only/a.js is test-only code and must not be in the page',
    ]);
  });
});
