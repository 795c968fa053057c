import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GroupsPage } from '../e2e/pages/groups-page';

type BinaryLookup = { path: string } | { missing: string };

const root = resolve(__dirname, '../..');

/** scripts/electron-binary.mjs, loaded at run time (plain JS, shared with npm scripts). */
async function findElectronBinary(): Promise<BinaryLookup> {
  const url = pathToFileURL(join(root, 'scripts/electron-binary.mjs')).href;
  const module = (await import(url)) as { findElectronBinary: () => BinaryLookup };
  return module.findElectronBinary();
}

let app: ElectronApplication | undefined;
let dataDir: string | undefined;

test.afterEach(async () => {
  await app?.close();
  app = undefined;
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  dataDir = undefined;
});

test('the packaged shell opens Cercle on the Groups screen, sandboxed', async () => {
  const binary = await findElectronBinary();
  if ('missing' in binary) {
    const reason = `Electron smoke test skipped: ${binary.missing}.`;
    console.log(reason);
    test.skip(true, reason);
    return;
  }

  dataDir = await mkdtemp(join(tmpdir(), 'cercle-electron-'));
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (
      value !== undefined &&
      name !== 'ELECTRON_RENDERER_URL' &&
      name !== 'ELECTRON_RUN_AS_NODE'
    ) {
      env[name] = value;
    }
  }
  env.CERCLE_DB_PATH = join(dataDir, 'cercle.db');
  app = await electron.launch({ executablePath: binary.path, args: ['.'], cwd: root, env });

  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { level: 1, name: 'Groupes' })).toBeVisible();
  expect(page.url()).toBe('app://cercle/index.html');
  const title = await app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((w) => w.getTitle()),
  );
  expect(title).toEqual([expect.stringContaining('Cercle')]);
  // The runtime is the Electron package.json names (see tests/unit/electron-runtime.test.ts).
  const versions = await app.evaluate(() => process.versions);
  expect(Number(versions.electron?.split('.')[0])).toBeGreaterThanOrEqual(43);

  // The page sees the contract and nothing of Node.
  const reach = await page.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    cercle: typeof (globalThis as { cercle?: { groups?: { list?: unknown } } }).cercle?.groups
      ?.list,
  }));
  expect(reach).toEqual({ require: 'undefined', process: 'undefined', cercle: 'function' });

  // A real round trip through ipcMain, the router and SQLite.
  const groups = new GroupsPage(page);
  await groups.createGroup('Groupe du mardi');
  await expect(groups.activeRow('Groupe du mardi')).toBeVisible();
});
