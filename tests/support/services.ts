import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../src/main/db/connection';
import { directoryPlatform } from '../../src/main/platform/directory-platform';
import { createServices, type Services } from '../../src/main/services';

export type TestServices = Services & { db: Db; clock: { now: number }; exportDir: string };

/** Real services on an in-memory database, with a clock the test moves. */
export function testServices(start = Date.UTC(2026, 10, 23, 18, 0)): TestServices {
  const db: Db = openDatabase(':memory:');
  const clock = { now: start };
  const exportDir = join(mkdtempSync(join(tmpdir(), 'cercle-exports-')), 'exports');
  const services = createServices(
    db,
    { version: 'test', databasePath: ':memory:' },
    directoryPlatform(exportDir),
    () => clock.now,
  );
  return { db, clock, exportDir, ...services };
}
