// Builds native modules for the runtime that will load them (see run-node.mjs).
import { spawnSync } from 'node:child_process';
import { findElectronBinary } from './electron-binary.mjs';

const electron = findElectronBinary();
if ('path' in electron) {
  console.log('[cercle] Electron binary found: rebuilding native modules for Electron.');
  const result = spawnSync('npx', ['electron-builder', 'install-app-deps'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  process.exit(result.status ?? 1);
} else {
  console.log(
    `[cercle] ${electron.missing}: native modules stay built for Node ${process.version}; ` +
      'tests run under plain Node and the Electron app cannot start from this checkout.',
  );
}
