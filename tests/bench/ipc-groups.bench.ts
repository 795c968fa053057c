import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../../src/main/core';
import { directoryPlatform } from '../../src/main/platform/directory-platform';
import { medianMs, printFigure } from './machine';

/**
 * The whole IPC path on a real database file: validation, service, SQLite
 * (WAL, synchronous=FULL, so each write is an fsync'd transaction).
 */
export async function benchIpcGroups(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cercle-bench-'));
  const origin = 'app://cercle/index.html';
  const core = openCore({
    databasePath: join(dir, 'cercle.db'),
    version: 'bench',
    isTrustedSender: (url) => url === origin,
    platform: directoryPlatform(join(dir, 'exports')),
  });
  try {
    const count = 500;
    const start = process.hrtime.bigint();
    for (let i = 0; i < count; i++) {
      const result = await core.router.dispatch('groups:create', { name: `Groupe ${i}` }, origin);
      if (!result.ok) throw new Error(result.error.message);
    }
    const totalMs = Number(process.hrtime.bigint() - start) / 1e6;
    printFigure(`groups:create, ${count} calls (durable writes), per call`, totalMs / count);

    const runs = 21;
    const listTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = process.hrtime.bigint();
      await core.router.dispatch('groups:list', {}, origin);
      listTimes.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    listTimes.sort((a, b) => a - b);
    printFigure(`groups:list of ${count} groups, median of ${runs}`, listTimes[runs >> 1]!);
    printFigure(
      'invalid payload refused (validation only), median',
      medianMs(2001, () => void core.router.dispatch('groups:create', { name: '' }, origin)),
    );
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
