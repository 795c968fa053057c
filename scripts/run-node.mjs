// Runs a Node program under Electron's own Node (ELECTRON_RUN_AS_NODE=1) when
// the Electron binary exists, and under plain Node when it does not. The
// postinstall step builds better-sqlite3 for the same runtime, so tests and
// the app load the native module from one checkout without ABI mismatches.
import { spawn } from 'node:child_process';
import { findElectronBinary } from './electron-binary.mjs';

const electron = findElectronBinary();
const runtime = 'path' in electron ? electron.path : process.execPath;
const env = { ...process.env };
if ('path' in electron) env.ELECTRON_RUN_AS_NODE = '1';

const child = spawn(runtime, process.argv.slice(2), { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  else process.exit(code ?? 1);
});
