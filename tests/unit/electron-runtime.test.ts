/**
 * The Electron Cercle ships on, and the fuses electron-builder flips in the
 * packaged app's copy of it. The facilitator's window decodes media that
 * participants control, so it must run on an Electron that still gets
 * Chromium's security fixes, and the installed app must not be usable as a
 * Node.js interpreter or a debugger target.
 */
import { getCurrentFuseWire, FuseV1Options, FuseVersion } from '@electron/fuses';
import { FuseState } from '@electron/fuses/dist/constants';
import type { Configuration, FuseOptionsV1 } from 'app-builder-lib';
import { LinuxPackager } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');

/**
 * Electron supports its three newest majors. When this was written the
 * registry served 45.x, so 43, 44 and 45 were supported and 42 was not.
 */
const oldestSupportedMajor = 43;

/** What electron-builder.yml must say, fuse by fuse (a typo or a missing line fails). */
const expectedFuses = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  enableCookieEncryption: true,
  grantFileProtocolExtraPrivileges: false,
} satisfies FuseOptionsV1;

type FuseName = keyof typeof expectedFuses;

const fuseIndex: Record<FuseName, FuseV1Options> = {
  runAsNode: FuseV1Options.RunAsNode,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
};

type BinaryLookup = { path: string } | { missing: string };

/** scripts/electron-binary.mjs, loaded at run time (plain JS, shared with npm scripts). */
async function findElectronBinary(): Promise<BinaryLookup> {
  const url = pathToFileURL(join(root, 'scripts/electron-binary.mjs')).href;
  const module = (await import(url)) as { findElectronBinary: () => BinaryLookup };
  return module.findElectronBinary();
}

/** The packaged app's Electron binary under dist/ (`npm run dist`), if one was built. */
function packagedApp(): string | undefined {
  const candidates = [
    'linux-unpacked/cercle',
    'linux-arm64-unpacked/cercle',
    'win-unpacked/Cercle.exe',
    'mac/Cercle.app',
    'mac-arm64/Cercle.app',
    'mac-universal/Cercle.app',
  ];
  return candidates.map((path) => join(root, 'dist', path)).find((path) => existsSync(path));
}

async function builderConfig(): Promise<Configuration> {
  const config = await getConfig(root, null, null);
  // The same schema check `electron-builder` runs: an unknown fuse name is refused.
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

/** Every configured fuse whose state in the binary's wire differs from the config. */
async function fuseMismatches(binary: string, fuses: Record<FuseName, boolean>): Promise<string[]> {
  const wire = await getCurrentFuseWire(binary);
  return Object.entries(fuseIndex).flatMap(([name, index]) => {
    const wanted = fuses[name as FuseName];
    const expected = wanted ? FuseState.ENABLE : FuseState.DISABLE;
    return wire[index] === expected ? [] : [`${name}: wire ${String(wire[index])}`];
  });
}

/**
 * A stand-in for an Electron binary (the real one cannot be downloaded here):
 * filler bytes around Electron's fuse sentinel, version-1 wire of 8 fuses in
 * Electron's default states, the format @electron/fuses reads and writes.
 */
function fakeElectronBinary(): Buffer {
  const defaults = [
    FuseState.ENABLE, // RunAsNode
    FuseState.DISABLE, // EnableCookieEncryption
    FuseState.ENABLE, // EnableNodeOptionsEnvironmentVariable
    FuseState.ENABLE, // EnableNodeCliInspectArguments
    FuseState.DISABLE, // EnableEmbeddedAsarIntegrityValidation
    FuseState.DISABLE, // OnlyLoadAppFromAsar
    FuseState.DISABLE, // LoadBrowserProcessSpecificV8Snapshot
    FuseState.ENABLE, // GrantFileProtocolExtraPrivileges
  ];
  return Buffer.concat([
    Buffer.alloc(4096, 0x90),
    Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
    Buffer.from([Number(FuseVersion.V1), defaults.length, ...defaults]),
    Buffer.alloc(4096, 0x90),
  ]);
}

let scratch: string | undefined;
afterEach(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
  scratch = undefined;
});

describe('the Electron Cercle runs on', () => {
  it('is a supported major, the one package.json and the lockfile name', () => {
    const installed = JSON.parse(
      readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8'),
    ) as { version: string };
    const major = Number(installed.version.split('.')[0]);
    expect(major).toBeGreaterThanOrEqual(oldestSupportedMajor);

    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    expect(pkg.devDependencies.electron).toMatch(new RegExp(`^\\^${major}\\.`));
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string }>;
    };
    expect(lock.packages['node_modules/electron']?.version).toBe(installed.version);
  });

  it('reports that version from its own binary, where the binary exists', async (context) => {
    const binary = await findElectronBinary();
    if ('missing' in binary) {
      console.log(`Electron binary version check skipped: ${binary.missing}.`);
      context.skip();
      return;
    }
    const installed = JSON.parse(
      readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8'),
    ) as { version: string };
    const reported = execFileSync(binary.path, ['-p', 'process.versions.electron'], {
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      encoding: 'utf8',
    }).trim();
    expect(reported).toBe(installed.version);
  });
});

describe('Electron fuses', () => {
  it('electron-builder.yml sets each one, and electron-builder accepts the config', async () => {
    const config = await builderConfig();
    expect(config.electronFuses).toEqual(expectedFuses);
    expect(config.asar ?? true).not.toBe(false); // onlyLoadAppFromAsar needs an app.asar
  });

  it('electron-builder flips them into the wire, and the check sees an unflipped one', async () => {
    // The fake stands in for the Electron binary only; the packaging step that
    // flips it is electron-builder's own (the same call `npm run dist` makes).
    scratch = await mkdtemp(join(tmpdir(), 'cercle-fuses-'));
    const binary = join(scratch, 'cercle');
    await writeFile(binary, fakeElectronBinary());
    expect(await fuseMismatches(binary, expectedFuses)).toHaveLength(
      Object.keys(expectedFuses).length,
    );

    const config = await builderConfig();
    const packager = Object.create(LinuxPackager.prototype, {
      config: { value: config },
      executableName: { value: 'cercle' },
    }) as { doAddElectronFuses(context: object): Promise<void> };
    await packager.doAddElectronFuses({ appOutDir: scratch, electronPlatformName: 'linux' });

    expect(await fuseMismatches(binary, expectedFuses)).toEqual([]);
    // Only the wire changed: the rest of the binary is byte for byte the same.
    const before = fakeElectronBinary();
    const after = await readFile(binary);
    expect(after.length).toBe(before.length);
    expect(after.subarray(0, 4096 + 34)).toEqual(before.subarray(0, 4096 + 34));
  });

  it('node_modules/electron has every fuse in its wire (it is never flipped: dev and tests run it)', async (context) => {
    const binary = await findElectronBinary();
    if ('missing' in binary) {
      console.log(`Electron fuse wire check skipped: ${binary.missing}.`);
      context.skip();
      return;
    }
    const wire = await getCurrentFuseWire(binary.path);
    expect(wire.version).toBe(FuseVersion.V1);
    for (const index of Object.values(fuseIndex)) {
      expect([FuseState.ENABLE, FuseState.DISABLE]).toContain(wire[index]);
    }
  });

  it('the packaged app has them flipped, where one was built', async (context) => {
    const app = packagedApp();
    if (app === undefined) {
      console.log('Packaged-app fuse check skipped: no packaged app under dist/ (npm run dist).');
      context.skip();
      return;
    }
    expect(await fuseMismatches(app, expectedFuses)).toEqual([]);
  });
});

describe('nothing in the app needs what the fuses turn off', () => {
  function sourceFiles(dir: string): string[] {
    if (!existsSync(dir)) return [];
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sourceFiles(path);
      return /\.(ts|tsx|js|cjs|mjs)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
    });
  }

  it('runs no Node.js child through Electron, sets no NODE_OPTIONS, passes no --inspect', () => {
    // The built bundles too, when present: they are what app.asar holds. Test
    // helpers (src/server/testing) never ship.
    const files = ['src/main', 'src/preload', 'src/server', 'src/shared', 'out/main', 'out/preload']
      .flatMap((dir) => sourceFiles(join(root, dir)))
      .filter((file) => !file.startsWith(join(root, 'src/server/testing')));
    expect(files.length).toBeGreaterThan(0);
    // Spawning other programs (the mediasoup worker, openssl) is fine. What the
    // fuses break is running Electron itself as Node: child_process.fork()
    // re-runs process.execPath with ELECTRON_RUN_AS_NODE.
    const forbidden = /ELECTRON_RUN_AS_NODE|NODE_OPTIONS|--inspect|process\.execPath|\bfork\(/;
    const offenders = files.filter((file) => forbidden.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => relative(root, file))).toEqual([]);
  });
});
