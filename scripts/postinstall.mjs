// Fetches the Electron binary, then builds native modules for the runtime that
// will load them (see run-node.mjs).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { findElectronBinary } from './electron-binary.mjs';

let electron = findElectronBinary();
if ('missing' in electron && !process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  // Since Electron 42 the electron package no longer downloads its binary at
  // install; it waits for a first `require('electron')`, which electron-vite
  // never makes (`npm run dev` would stop at "Electron uninstall"). Fetch it
  // here, as `npm install` did before, unless asked not to.
  const installer = createRequire(import.meta.url).resolve('electron/install.js');
  console.log('[cercle] downloading the Electron binary…');
  const result = spawnSync(process.execPath, [installer], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.warn(
      '[cercle] the Electron download failed; everything but launching the app still works. ' +
        'Run `npx install-electron` once it can be reached (it needs Node 22.12+).',
    );
  }
  electron = findElectronBinary();
}

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
