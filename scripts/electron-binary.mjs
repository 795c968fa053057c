// Where the Electron binary is, or why it is not there. The electron package
// writes path.txt only after its download succeeded (scripts/postinstall.mjs
// runs it), so a checkout installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or
// where the download failed, has the types but no binary.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** @returns {{ path: string } | { missing: string }} */
export function findElectronBinary() {
  let pkgDir;
  try {
    pkgDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { missing: 'the electron package is not installed' };
  }
  const pathFile = join(pkgDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      missing:
        'the Electron binary was not downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD, or the download failed)',
    };
  }
  const binary = join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { path: binary } : { missing: `no Electron binary at ${binary}` };
}
