import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { GroupsPage } from './pages/groups-page';

test('a facilitator creates, renames, archives and restores groups, and finds them after a restart', async ({
  app,
}) => {
  const groups = new GroupsPage(app.page);
  await expect(app.page.getByText('Pas encore de groupe')).toBeVisible();

  await groups.submitName('   ');
  await groups.expectFieldError(groups.nameInput, 'Donnez un nom au groupe.');

  const tooLong = 'a'.repeat(81);
  await groups.submitName(tooLong);
  await groups.expectFieldError(
    groups.nameInput,
    'Le nom peut faire 80 caractères au plus (il en fait 81).',
  );
  await expect(groups.nameInput, 'what was typed is kept').toHaveValue(tooLong);

  await groups.createGroup('Entraide du mardi');
  await expect(groups.nameInput).not.toHaveAttribute('aria-invalid');
  await groups.createGroup('Deuil et après');
  await groups.createGroup('Cercle des parents');
  await groups.expectActive(['Cercle des parents', 'Deuil et après', 'Entraide du mardi']);

  await groups.submitName('Entraide du mardi');
  await groups.expectFieldError(
    groups.nameInput,
    'Un groupe actif porte déjà ce nom. Choisissez-en un autre.',
  );
  await expect(groups.nameInput).toHaveValue('Entraide du mardi');
  await groups.nameInput.fill('');

  await groups.renameGroup('Deuil et après', 'Après un deuil');
  await groups.expectActive(['Après un deuil', 'Cercle des parents', 'Entraide du mardi']);

  // A taken name is refused beside the rename field, which keeps what was typed.
  await groups.startRename('Cercle des parents', 'Entraide du mardi');
  await groups.renameInput.press('Enter');
  await groups.expectFieldError(
    groups.renameInput,
    'Un groupe actif porte déjà ce nom. Choisissez-en un autre.',
  );
  await expect(groups.renameInput).toHaveValue('Entraide du mardi');
  await groups.renameInput.press('Escape');
  await expect(groups.renameButton('Cercle des parents')).toBeFocused();

  await groups.archiveGroup('Entraide du mardi');
  await groups.archiveGroup('Cercle des parents');
  await groups.expectActive(['Après un deuil']);
  await groups.expectArchived(['Cercle des parents', 'Entraide du mardi']);

  await groups.restoreGroup('Cercle des parents');
  await groups.expectActive(['Après un deuil', 'Cercle des parents']);
  await groups.expectArchived(['Entraide du mardi']);

  await app.restartHost();

  const after = new GroupsPage(app.page);
  await after.expectActive(['Après un deuil', 'Cercle des parents']);
  await after.expectArchived(['Entraide du mardi']);
});

test('groups can be created, renamed, archived and restored with the keyboard alone', async ({
  app,
}) => {
  const { page } = app;
  const groups = new GroupsPage(page);

  await groups.nameInput.focus();
  await page.keyboard.type('Groupe A');
  await page.keyboard.press('Enter');
  await expect(groups.status).toHaveText('Groupe « Groupe A » créé.');
  await expect(groups.nameInput).toBeFocused();
  await page.keyboard.type('Groupe B');
  await page.keyboard.press('Enter');
  await expect(groups.status).toHaveText('Groupe « Groupe B » créé.');

  await page.keyboard.press('Tab');
  await expect(groups.createButton).toBeFocused();
  // Each row first leads to the group's agreements and sessions, then its actions.
  await page.keyboard.press('Tab');
  await expect(groups.activeRow('Groupe A').getByRole('link', { name: /^Accords/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(groups.activeRow('Groupe A').getByRole('link', { name: /^Séances/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(groups.renameButton('Groupe A')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(groups.renameInput).toBeFocused();
  await expect(groups.renameInput).toHaveValue('Groupe A');
  // The old name is selected, so typing replaces it.
  await page.keyboard.type('Groupe Z');
  await page.keyboard.press('Enter');
  await expect(groups.status).toHaveText('Groupe « Groupe A » renommé en « Groupe Z ».');
  await expect(groups.renameButton('Groupe Z')).toBeFocused();
  await groups.expectActive(['Groupe B', 'Groupe Z']);

  await page.keyboard.press('Tab');
  await expect(groups.archiveButton('Groupe Z')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(groups.status).toHaveText(
    'Groupe « Groupe Z » archivé. Vous le retrouverez dans « Groupes archivés ».',
  );
  // The archived row is gone: focus moves to the neighbouring row, never to the page's top.
  await expect(groups.archiveButton('Groupe B')).toBeFocused();

  await page.keyboard.press('Tab');
  await expect(groups.archivedToggle).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(groups.archivedToggle).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(groups.restoreButton('Groupe Z')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(groups.status).toHaveText('Groupe « Groupe Z » restauré.');
  await expect(groups.archivedToggle).toBeFocused();
  await groups.expectActive(['Groupe B', 'Groupe Z']);
  await groups.expectArchived([]);
});

test('the language chosen in Settings is remembered after a restart', async ({ app }) => {
  const shell = new AppShell(app.page);
  await shell.expectLanguage('fr');

  await shell.setLanguage('en');
  await shell.expectLanguage('en');
  await expect(shell.heading).toHaveText('Settings');

  await app.restartHost();

  // The reloaded page keeps its address (#/settings), now in English.
  await shell.expectLanguage('en');
  await expect(shell.heading).toHaveText('Settings');
  await expect(await shell.languageSelect()).toHaveValue('en');
  await shell.goTo('groups');
  await expect(shell.heading).toHaveText('Groups');
});

const screenshotDir = resolve(__dirname, '../../test-results/screenshots');
const desktop = { width: 1280, height: 800 };
const narrow = { width: 420, height: 860 };

async function shoot(page: Page, name: string, viewport: { width: number; height: number }) {
  await page.setViewportSize(viewport);
  // From the top, as the screen first appears (the side column is sticky).
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: resolve(screenshotDir, `${name}.png`), fullPage: true });
}

test('screenshots of the Groups and Settings screens for review', async ({ app }) => {
  await mkdir(screenshotDir, { recursive: true });
  const { page } = app;
  const shell = new AppShell(page);
  const groups = new GroupsPage(page);

  await expect(page.getByText('Pas encore de groupe')).toBeVisible();
  await shoot(page, 'groups-fr-empty', desktop);

  await page.setViewportSize(desktop);
  for (const name of [
    'Entraide du mardi',
    'Cercle des parents',
    'Groupe de parole des proches aidants',
    'Après un deuil',
    'Café-rencontre du jeudi',
  ]) {
    await groups.createGroup(name);
  }
  await groups.archiveGroup('Café-rencontre du jeudi');
  await groups.showArchived();
  await shoot(page, 'groups-fr-desktop', desktop);
  await shoot(page, 'groups-fr-narrow', narrow);

  await page.setViewportSize(desktop);
  await groups.startRename('Cercle des parents', 'Entraide du mardi');
  await groups.renameInput.press('Enter');
  await groups.expectFieldError(
    groups.renameInput,
    'Un groupe actif porte déjà ce nom. Choisissez-en un autre.',
  );
  await shoot(page, 'groups-fr-rename-error', desktop);
  await groups.renameInput.press('Escape');

  await shell.goTo('plans');
  await shoot(page, 'plans-fr-desktop', desktop);

  await shell.goTo('settings');
  await expect(page.getByText(app.databasePath)).toBeVisible();
  await shoot(page, 'settings-fr-desktop', desktop);
  await shoot(page, 'settings-fr-narrow', narrow);

  await shell.setLanguage('en');
  await shell.goTo('groups');
  await shoot(page, 'groups-en-desktop', desktop);

  // Opened without an invitation, the participant page says so plainly, in French first.
  const join = await app.openPage('/join.html');
  await expect(join.getByRole('heading', { level: 1 })).toHaveText(
    'Ce lien d’invitation est incomplet',
  );
  await shoot(join, 'join-fr-narrow', narrow);
  await join.getByRole('button', { name: 'English' }).click();
  await expect(join.getByRole('heading', { level: 1 })).toHaveText(
    'This invitation link is incomplete',
  );
  await expect(join.locator('html')).toHaveAttribute('lang', 'en');
  await shoot(join, 'join-en-desktop', desktop);
});
