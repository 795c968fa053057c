import { resolve } from 'node:path';
import { checkPage, describePage, participantPage } from './budgets';
import { builds, readBuild } from './page-sizes';

/*
 * The participant page's JavaScript budget, checked on the renderer build
 * (run right after `electron-vite build`: `npm run check:bundle`, and in
 * `npm run test:e2e`, so in CI). Prints every file the page can load with
 * its gzip size; exits 1 when the page is over budget, loads the media
 * library before its first screen, or carries test-only code.
 */
const dir = resolve(process.argv[2] ?? 'out/renderer');
const report = checkPage(readBuild(dir, builds.participant), participantPage);
console.log(describePage(report).join('\n'));
if (report.problems.length > 0) {
  console.error(`\nThe participant page is over its budget:\n  ${report.problems.join('\n  ')}`);
  process.exit(1);
}
console.log('  within budget');
