import { benchIpcGroups } from './ipc-groups.bench';
import { describeMachine } from './machine';

async function main(): Promise<void> {
  console.log(`Cercle benchmarks — ${new Date().toISOString()}`);
  console.log(`Machine: ${describeMachine()}\n`);
  console.log('IPC + SQLite (groups)');
  await benchIpcGroups();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
