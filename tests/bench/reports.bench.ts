import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../src/main/db/connection';
import { directoryPlatform } from '../../src/main/platform/directory-platform';
import { createReportsService } from '../../src/main/services/reports/service';
import type { ReportExportFormat, ReportRequest } from '../../src/shared/reports';
import { medianMs, printFigure } from './machine';
import { seedHistory } from './seed-history';

const RUNS = 9;

async function medianAsyncMs(runs: number, fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/**
 * Anonymised reports on ten years of history in a real database file (WAL,
 * synchronous=FULL): 20 groups meeting weekly, 5–12 people a session.
 */
export async function benchReports(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cercle-bench-reports-'));
  const databasePath = join(dir, 'cercle.db');
  const db = openDatabase(databasePath);
  try {
    const seedStart = process.hrtime.bigint();
    const size = seedHistory(db, { groups: 20, firstYear: 2016, lastYear: 2025 });
    printFigure(
      'seed history (one transaction)',
      Number(process.hrtime.bigint() - seedStart) / 1e6,
    );
    console.log(
      `  ${size.groupIds.length} groups, ${size.sessions} sessions (${size.held} held), ` +
        `${size.participants} participants, ${size.attendance} attendances, ${size.rounds} rounds ` +
        `(${size.turns} turns), ` +
        `${(statSync(databasePath).size / 2 ** 20).toFixed(1)} MiB`,
    );
    const now = new Date(2026, 0, 15).getTime();
    const reports = createReportsService(
      db,
      directoryPlatform(join(dir, 'exports')),
      () => 'fr',
      () => now,
    );
    const cases: [string, ReportRequest][] = [
      [
        'one year (2025), 20 groups',
        { groupIds: size.groupIds, period: { kind: 'year', year: 2025 } },
      ],
      [
        'ten years (2016–2025), 20 groups',
        { groupIds: size.groupIds, period: { kind: 'range', from: '2016-01', to: '2025-12' } },
      ],
      [
        'ten years (2016–2025), 1 group',
        {
          groupIds: size.groupIds.slice(0, 1),
          period: { kind: 'range', from: '2016-01', to: '2025-12' },
        },
      ],
    ];
    for (const [label, request] of cases) {
      const first = process.hrtime.bigint();
      reports.compute(request);
      printFigure(`report ${label}, first run`, Number(process.hrtime.bigint() - first) / 1e6);
      printFigure(
        `report ${label}, median of ${RUNS}`,
        medianMs(RUNS, () => reports.compute(request)),
      );
      for (const format of ['csv', 'json'] as ReportExportFormat[]) {
        printFigure(
          `  + ${format.toUpperCase()} export (report + file), median`,
          await medianAsyncMs(RUNS, () => reports.export({ ...request, format })),
        );
      }
    }
    console.log(
      '  PDF export: not measured here — it is Electron printToPDF of the print page, and this\n' +
        '  machine has no Electron binary (the e2e test prints the same page with Chromium).',
    );
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
