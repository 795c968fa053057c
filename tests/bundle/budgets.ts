import {
  filesOf,
  modulesOf,
  reachable,
  staticClosure,
  totalOf,
  type Build,
  type FileSize,
} from './page-sizes';

/** Budgets in bytes of gzip, with 1 kB = 1000 bytes (as Vite prints sizes). */
export type PageBudget = {
  page: string;
  /** The page's key in the build manifest. */
  entry: string;
  /**
   * Chunks the page fetches before its first screen besides the entry's
   * static imports, one list per way the page can start (the chosen
   * language's words): the largest counts.
   */
  firstScreenAlso: string[][];
  firstScreenBytes: number;
  /** Everything the page can ever load: its entry, static and dynamic imports. */
  totalBytes: number;
  /** Modules (path prefixes) that must not be needed before the first screen. */
  notOnFirstScreen: string[];
  /** Modules (path prefixes) that must never be in the page: test-only code. */
  forbidden: string[];
};

/**
 * The participant page: people open it on old phones over weak connections
 * (issue 12). In total 150 kB, the figure. Its first screen (the name
 * step: Preact, the page's steps and the call's code, zod for the server's
 * replies, one language's words) gets 100 kB, about 2 s at 400 kbit/s; the
 * media library and the other language come after it.
 */
export const participantPage: PageBudget = {
  page: 'participant page (join.html)',
  entry: 'join.html',
  firstScreenAlso: [['src/i18n/fr-participant.ts'], ['src/i18n/en-participant.ts']],
  firstScreenBytes: 100_000,
  totalBytes: 150_000,
  notOnFirstScreen: ['node_modules/mediasoup-client/'],
  forbidden: [
    'node_modules/fake-mediastreamtrack/',
    'node_modules/mediasoup-client/lib/test/',
    'node_modules/mediasoup-client/lib/handlers/FakeHandler',
  ],
};

export type PageReport = {
  budget: PageBudget;
  /** The first screen's files, for the way of starting that loads the most. */
  firstScreen: FileSize[];
  total: FileSize[];
  /** Empty when the page is within its budget. */
  problems: string[];
};

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export function checkPage(build: Build, budget: PageBudget): PageReport {
  const starts = budget.firstScreenAlso.length > 0 ? budget.firstScreenAlso : [[]];
  const firstScreens = starts.map((also) => {
    const keys = staticClosure(build.manifest, [budget.entry, ...also]);
    return { keys, files: filesOf(build, keys) };
  });
  const first = firstScreens.reduce((a, b) => (totalOf(b.files) > totalOf(a.files) ? b : a));
  const allKeys = reachable(build.manifest, [budget.entry]);
  const total = filesOf(build, allKeys);
  const problems: string[] = [];

  if (totalOf(first.files) > budget.firstScreenBytes) {
    problems.push(
      `first screen ${kB(totalOf(first.files))} is over its budget of ${kB(budget.firstScreenBytes)}`,
    );
  }
  if (totalOf(total) > budget.totalBytes) {
    problems.push(`in total ${kB(totalOf(total))} is over its budget of ${kB(budget.totalBytes)}`);
  }
  const early = new Set(firstScreens.flatMap(({ keys }) => modulesOf(build, keys)));
  for (const prefix of budget.notOnFirstScreen) {
    const found = [...early].find((id) => id.startsWith(prefix));
    if (found) problems.push(`${found} loads before the first screen`);
  }
  for (const id of modulesOf(build, allKeys)) {
    if (budget.forbidden.some((prefix) => id.startsWith(prefix))) {
      problems.push(`${id} is test-only code and must not be in the page`);
    }
  }
  return { budget, firstScreen: first.files, total, problems };
}

/** The report as lines to print: each file with its size, then the totals against the budget. */
export function describePage(report: PageReport): string[] {
  const { budget, firstScreen, total } = report;
  const first = new Set(firstScreen.map((file) => file.file));
  return [
    `${budget.page}: JavaScript, gzip`,
    ...total.map(
      (file) =>
        `  ${kB(file.gzip).padStart(9)}  ${file.file}${first.has(file.file) ? '  (first screen)' : ''}`,
    ),
    `  first screen ${kB(totalOf(firstScreen))} (budget ${kB(budget.firstScreenBytes)})`,
    `  in total     ${kB(totalOf(total))} (budget ${kB(budget.totalBytes)})`,
  ];
}
