import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { checkPage, describePage, participantPage } from '../bundle/budgets';
import {
  builds,
  filesOf,
  readBuild,
  reachable,
  staticClosure,
  totalOf,
  weightByPackage,
  type Build,
} from '../bundle/page-sizes';

const root = resolve(__dirname, '../..');
const outDir = resolve(root, 'out/renderer');
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`.padStart(9);

/** A fresh renderer build, so the figures are those of this checkout. */
function buildRenderer(): void {
  const bin = resolve(root, 'node_modules/electron-vite/bin/electron-vite.js');
  const result = spawnSync(process.execPath, [bin, 'build'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`electron-vite build failed:\n${result.stderr}`);
}

function printHeaviest(build: Build, keys: Iterable<string>, count: number): void {
  const weights = [...weightByPackage(build, filesOf(build, keys))].slice(0, count);
  console.log(
    `  heaviest parts (estimated): ${weights.map(([name, bytes]) => `${name} ${kB(bytes).trim()}`).join(', ')}`,
  );
}

function benchParticipantPage(): void {
  const build = readBuild(outDir, builds.participant);
  const report = checkPage(build, participantPage);
  console.log(describePage(report).join('\n'));
  printHeaviest(build, reachable(build.manifest, [participantPage.entry]), 6);
  if (report.problems.length > 0) console.log(`  OVER BUDGET: ${report.problems.join('; ')}`);
}

/** The app's entry (shell, React, both languages), then what each screen adds when first opened. */
function benchFacilitatorApp(): void {
  const build = readBuild(outDir, builds.app);
  const entryKeys = staticClosure(build.manifest, ['index.html']);
  const entry = filesOf(build, entryKeys);
  console.log('facilitator app (index.html): JavaScript, gzip');
  console.log(`  ${kB(totalOf(entry))}  entry (${entry.length} files)`);
  const screens = Object.entries(build.manifest)
    .filter(([key, chunk]) => chunk.isDynamicEntry && /Screen\.tsx$/.test(key))
    .map(([key]) => {
      const added = [...staticClosure(build.manifest, [key])].filter((k) => !entryKeys.has(k));
      return { name: key.replace(/^.*\//, '').replace(/\.tsx$/, ''), added: filesOf(build, added) };
    })
    .sort((a, b) => totalOf(b.added) - totalOf(a.added));
  for (const { name, added } of screens) {
    console.log(`  ${kB(totalOf(added))}  + ${name} (${added.length} files)`);
  }
  const everything = filesOf(build, reachable(build.manifest, ['index.html']));
  console.log(`  ${kB(totalOf(everything))}  in total (${everything.length} files)`);
  printHeaviest(build, entryKeys, 5);
}

/** What the pages make a browser download: gzip size of their JavaScript (1 kB = 1000 bytes). */
export function benchBundles(): void {
  buildRenderer();
  benchParticipantPage();
  console.log('');
  benchFacilitatorApp();
}
