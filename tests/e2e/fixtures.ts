import { test as base, expect, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bridgeScript, launchHost, type HostProcess } from '../host/launch';

export type AppHandle = {
  page: Page;
  /** This test's own data directory; the database is `cercle.db` inside it. */
  dataDir: string;
  databasePath: string;
  host: HostProcess;
  /** Stops the host, starts it again on the same database, reloads the page. */
  restartHost(): Promise<void>;
  /** Opens another page of the facilitator app (same host). */
  openPage(path?: string): Promise<Page>;
};

/** Waits until the app rendered its first screen (the main landmark exists). */
async function waitForApp(page: Page): Promise<void> {
  await expect(page.getByRole('main')).toBeVisible();
}

export const test = base.extend<{ app: AppHandle; hostEnv: Record<string, string> }>({
  /** More environment for the test host (e.g. CERCLE_HOST_NETWORK_LISTEN): `test.use({ hostEnv })`. */
  hostEnv: [{}, { option: true }],
  app: async ({ page, context, hostEnv }, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'cercle-e2e-'));
    const databasePath = join(dataDir, 'cercle.db');
    const token = randomBytes(24).toString('hex');
    let host = await launchHost({ databasePath, token, env: hostEnv });
    await context.addInitScript({ content: await bridgeScript(token) });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${host.url}/index.html`);
    await waitForApp(page);

    const handle: AppHandle = {
      page,
      dataDir,
      databasePath,
      get host() {
        return host;
      },
      async restartHost() {
        await host.stop();
        host = await launchHost({ databasePath, token, port: host.port, env: hostEnv });
        await page.reload();
        await waitForApp(page);
      },
      async openPage(path = '/index.html') {
        const other = await context.newPage();
        await other.goto(`${host.url}${path}`);
        await waitForApp(other);
        return other;
      },
    };
    await use(handle);
    await host.stop();
    await rm(dataDir, { recursive: true, force: true });
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };
