import { mkdir } from 'node:fs/promises';
import type { Route } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';

/*
 * The facilitator app loads each screen's code when the screen is first
 * opened. A slow load shows a calm line after a moment; a load that fails
 * (e.g. Cercle was updated while open) says so and offers to reload.
 */

const chunk = (screen: string) => new RegExp(`/assets/${screen}-[\\w-]+\\.js$`);

test('a screen that takes time to load says so, then opens as usual', async ({ app }) => {
  const { page } = app;
  const shell = new AppShell(page);
  await mkdir('test-results/screenshots', { recursive: true });
  // A different screen in each language: a screen's code, once loaded, stays.
  for (const [language, loading, screen, name, title] of [
    ['fr', 'Chargement de l’écran…', 'reports', 'ReportsScreen', 'Rapports'],
    ['en', 'Loading the screen…', 'plans', 'PlansScreen', 'Plans'],
  ] as const) {
    if (language === 'en') await shell.setLanguage('en');
    let held: Route | undefined;
    await page.route(chunk(name), (route) => {
      held = route;
    });
    await (await shell.navItem(screen)).click();
    await expect(page.getByText(loading)).toBeVisible();
    await expect(page.getByRole('main').locator('[aria-busy="true"]')).toBeAttached();
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.screenshot({
        path: `test-results/screenshots/app-screen-loading-${language}-${width}.png`,
      });
    }
    await expect.poll(() => held !== undefined).toBe(true);
    await held!.continue();
    await page.unroute(chunk(name));
    await expect(shell.heading).toHaveText(title);
    await expect(shell.heading).toBeFocused();
    await expect(page.getByText(loading)).toHaveCount(0);
    // Loaded once: going away and back shows it at once.
    await shell.goTo('groups');
    await shell.goTo(screen);
  }
});

test('a screen whose code cannot be loaded says so and reloads Cercle on request', async ({
  app,
}) => {
  const { page } = app;
  const shell = new AppShell(page);
  await page.route(chunk('SettingsScreen'), (route) => route.abort('failed'));
  await (await shell.navItem('settings')).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'Cet écran n’a pas pu s’afficher. Rechargez Cercle pour réessayer.',
  );
  // The navigation stays usable.
  await shell.goTo('groups');
  await (await shell.navItem('settings')).click();
  await expect(alert).toBeVisible();
  await mkdir('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: 'test-results/screenshots/app-screen-failed-fr-1280.png' });

  await page.unroute(chunk('SettingsScreen'));
  await alert.getByRole('button', { name: 'Recharger Cercle' }).click();
  await expect(shell.heading).toHaveText('Réglages');
});
