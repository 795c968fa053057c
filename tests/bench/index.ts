import { benchBundles } from './bundle.bench';
import { benchIpcGroups } from './ipc-groups.bench';
import { describeMachine } from './machine';
import { benchReports } from './reports.bench';

async function main(): Promise<void> {
  console.log(`Cercle benchmarks — ${new Date().toISOString()}`);
  console.log(`Machine: ${describeMachine()}\n`);
  console.log('IPC + SQLite (groups)');
  await benchIpcGroups();
  console.log('\nAnonymised reports (SQLite file, ten years of history)');
  await benchReports();
  console.log('\nPage sizes (renderer build, gzip)');
  benchBundles();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
