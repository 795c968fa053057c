import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');

/**
 * The Debian package that provides each program a test or the code may spawn.
 * A program missing here fails the test below: add its package to `.ci/run`'s
 * `packages=(…)` list and a line here, or a clean CI machine fails with ENOENT.
 */
const providedBy: Record<string, string> = {
  chromium: 'chromium',
  pdftoppm: 'poppler-utils',
  pdftotext: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  ps: 'procps',
  openssl: 'openssl',
};

/**
 * Programs only benchmarks spawn (`tests/bench/`, never run by CI), with their
 * Debian package for whoever runs them. A test elsewhere that spawns one
 * still needs it in `.ci/run`.
 */
const benchOnly: Record<string, string> = {
  ffmpeg: 'ffmpeg',
};

/** Programs every machine that runs `npm ci` has. */
const always = new Set(['node', 'npm', 'npx', 'git', 'bash', 'sh']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs)$/.test(name) ? [path] : [];
  });
}

/** Literal program names given to spawn/execFile/run(…) calls. */
function spawnedPrograms(): Map<string, string[]> {
  const call =
    /\b(?:spawn|spawnSync|execFile|execFileSync|exec|execSync|run)\(\s*['"`]([a-z][a-z0-9_.-]*)['"`]/g;
  const found = new Map<string, string[]>();
  for (const file of [...sourceFiles(join(root, 'tests')), ...sourceFiles(join(root, 'src'))]) {
    for (const match of readFileSync(file, 'utf8').matchAll(call)) {
      const program = match[1] as string;
      found.set(program, [...(found.get(program) ?? []), relative(root, file)]);
    }
  }
  return found;
}

function ciPackages(): Set<string> {
  const script = readFileSync(join(root, '.ci/run'), 'utf8');
  const list = /^packages=\(([^)]*)\)/m.exec(script);
  if (!list?.[1]) throw new Error('.ci/run has no packages=(…) line');
  return new Set(list[1].trim().split(/\s+/));
}

describe('.ci/run installs what the tests spawn', () => {
  it('finds the programs the tests are known to spawn', () => {
    const programs = spawnedPrograms();
    expect(programs.has('pdftoppm')).toBe(true);
    expect(programs.has('ps')).toBe(true);
  });

  it('names the Debian package of every spawned program in .ci/run', () => {
    const packages = ciPackages();
    const problems: string[] = [];
    for (const [program, files] of spawnedPrograms()) {
      if (always.has(program)) continue;
      if (benchOnly[program] && files.every((file) => file.startsWith('tests/bench/'))) continue;
      const pkg = providedBy[program];
      if (!pkg) problems.push(`${program} (${files.join(', ')}): no Debian package known`);
      else if (!packages.has(pkg)) problems.push(`${program}: .ci/run does not install ${pkg}`);
    }
    expect(problems).toEqual([]);
  });

  it('installs the browser the e2e tests use', () => {
    expect(ciPackages().has('chromium')).toBe(true);
  });
});
