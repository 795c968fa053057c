import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AgreementsPage } from './pages/agreements-page';
import { AppShell } from './pages/app-shell';
import { GroupsPage } from './pages/groups-page';
import { PlanEditorPage } from './pages/plan-editor-page';
import { PlansPage } from './pages/plans-page';
import { SessionsPage } from './pages/sessions-page';

const screenshotDir = resolve(__dirname, '../../test-results/screenshots');
const desktop = { width: 1280, height: 800 };
const narrow = { width: 420, height: 860 };
const template90 = 'Groupe de parole — 90 min';
const template90Blocks = [
  'Accueil',
  'Rappel des accords',
  "Météo d'arrivée",
  'Tour de partage',
  'Pause',
  'Échange libre',
  'Tour de clôture',
];

/**
 * The whole screen at this width. The window is made as tall as the page, so
 * the sticky save bar sits where it belongs (after the content), not mid-page.
 */
async function shoot(page: Page, name: string, viewport = desktop): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  await page.setViewportSize(viewport);
  await page.evaluate(() => window.scrollTo(0, 0));
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
  await page.screenshot({ path: resolve(screenshotDir, `${name}.png`), fullPage: true });
  await page.setViewportSize(viewport);
}

/** A date a week ahead, as a date input takes it (local time, like the page). */
function dateInDays(days: number): string {
  const date = new Date(Date.now() + days * 24 * 3600 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

async function createGroup(page: Page, name: string): Promise<GroupsPage> {
  const groups = new GroupsPage(page);
  await groups.createGroup(name);
  return groups;
}

test('a facilitator prepares a session: agreements, a plan from a template, a scheduled session that keeps its plan', async ({
  app,
}) => {
  const { page } = app;
  const shell = new AppShell(page);
  const groups = await createGroup(page, 'Entraide du mardi');

  // Agreements: the group starts with the default French set (version 1).
  await groups
    .activeRow('Entraide du mardi')
    .getByRole('link', { name: /^Accords/ })
    .click();
  const agreements = new AgreementsPage(page);
  await expect(agreements.heading).toHaveText('Accords de « Entraide du mardi »');
  await expect(agreements.heading).toBeFocused();
  await expect(agreements.items).toHaveCount(7);
  await expect(agreements.titleInput(1)).toHaveValue('Confidentialité');
  await expect(agreements.saveState).toContainText('Tout est enregistré (version 1).');

  // Edit: reword one, move one up with the keyboard, add one, remove one.
  await agreements.titleInput(3).fill('Parler en « je », de soi');
  await agreements.moveUp(5).focus();
  await page.keyboard.press('Enter');
  await expect(agreements.status).toHaveText('Accord déplacé en position 4 sur 7.');
  await expect(agreements.moveUp(4), 'focus follows the moved agreement').toBeFocused();
  await agreements.remove(7).click();
  await expect(agreements.status).toHaveText(/^Accord «\sPas d'enregistrement\s» retiré\./);
  await agreements.addButton.click();
  await expect(agreements.titleInput(7)).toBeFocused();
  // An empty title is refused beside the field, nothing is saved, what was typed stays.
  await agreements.saveButton.click();
  await expect(agreements.status).toHaveText('Rien n’est enregistré : 1 champ à corriger.');
  await expect(agreements.titleInput(7)).toHaveAttribute('aria-invalid', 'true');
  await expect(agreements.titleInput(7)).toHaveAccessibleDescription(
    'Donnez un titre à cet accord.',
  );
  await expect(agreements.saveState).toContainText('Modifications non enregistrées');
  await agreements.titleInput(7).fill('Téléphones de côté');
  await agreements.textInput(7).fill('Nous coupons les notifications pendant la séance.');
  await agreements.save(2);
  await agreements.expectTitles([
    'Confidentialité',
    'Bienveillance et non-jugement',
    'Parler en « je », de soi',
    'Liberté de passer',
    'Pas de conseils non sollicités',
    'Respect du temps de parole',
    'Téléphones de côté',
  ]);

  // A second version appears; the first is still readable as it was.
  await expect(agreements.history.getByRole('listitem').getByRole('heading')).toHaveText([
    /^Version 2\s*en vigueur$/,
    'Version 1',
  ]);
  const first = await agreements.readVersion(1);
  await expect(first.locator('.agreement-read-title')).toHaveText([
    'Confidentialité',
    'Bienveillance et non-jugement',
    'Parler en « je »',
    'Pas de conseils non sollicités',
    'Liberté de passer',
    'Respect du temps de parole',
    "Pas d'enregistrement",
  ]);
  await shoot(page, 'agreements-editor-fr');
  await page.setViewportSize(desktop);

  // A 90-minute plan from the built-in template.
  await shell.goTo('plans');
  const plans = new PlansPage(page);
  await plans.createPlan('Séance d’octobre', template90);
  const editor = new PlanEditorPage(page);
  await expect(editor.total).toHaveText('1 h 30');
  await editor.expectOrder(template90Blocks);
  await expect(editor.block('Accueil')).toContainText('18:30 – 18:35');

  // Reorder with the keyboard: the break moves up twice, focus follows it.
  await editor.moveUpButton('Pause').focus();
  await page.keyboard.press('Enter');
  await expect(editor.status).toHaveText('Bloc déplacé en position 4 sur 7.');
  await expect(editor.moveUpButton('Pause')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(editor.status).toHaveText('Bloc déplacé en position 3 sur 7.');
  await expect(editor.moveUpButton('Pause')).toBeFocused();
  const reordered = [
    'Accueil',
    'Rappel des accords',
    'Pause',
    "Météo d'arrivée",
    'Tour de partage',
    'Échange libre',
    'Tour de clôture',
  ];
  await editor.expectOrder(reordered);
  await expect(editor.block('Pause')).toContainText('18:40 – 18:45');
  await expect(editor.saveBar).toContainText('Modifications non enregistrées');

  // Delete a block, then "Annuler" brings it back where it was.
  await editor.deleteButton('Échange libre').click();
  await expect(editor.status).toHaveText(
    'Bloc « Échange libre » supprimé. « Annuler » le rétablit.',
  );
  await expect(editor.undoButton).toBeFocused();
  await expect(editor.total).toHaveText('1 h 20');
  await page.keyboard.press('Enter');
  await expect(editor.status).toHaveText('Bloc « Échange libre » rétabli en position 6.');
  await editor.expectOrder(reordered);
  await expect(editor.total).toHaveText('1 h 30');
  await editor.save('Séance d’octobre');

  // Schedule a session a week ahead with this plan.
  await shell.goTo('sessions');
  const sessions = new SessionsPage(page);
  await expect(sessions.groupSelect).toHaveValue(/.+/);
  // Nothing chosen yet: the form says what is missing, beside each field.
  await sessions.scheduleButton.click();
  await expect(sessions.dateInput).toBeFocused();
  await expect(sessions.dateInput).toHaveAccessibleDescription('Choisissez une date.');
  await expect(sessions.timeInput).toHaveAccessibleDescription(
    'Indiquez une heure sur 24 heures, par exemple 18:30.',
  );
  await sessions.dateInput.fill(dateInDays(-2));
  await sessions.timeInput.fill('18h30');
  await sessions.scheduleButton.click();
  await expect(sessions.dateInput).toHaveAccessibleDescription(
    'Cette date est déjà passée : choisissez une date à venir.',
  );
  await sessions.schedule(dateInDays(7), '18:30', 'Séance d’octobre');
  await expect(sessions.upcomingRows()).toHaveCount(1);
  await expect(sessions.upcomingRows().first()).toContainText(
    'Plan « Séance d’octobre » · accords, version 2',
  );
  await expect(sessions.upcomingRows().first()).toContainText('Prévue');
  await expect(sessions.dateInput, 'ready for the next session').toHaveValue('');

  // A second one, then cancelled (after a confirmation): it moves to the past list, marked so.
  await sessions.schedule(dateInDays(14), '18:30', 'Séance d’octobre');
  await expect(sessions.upcomingRows()).toHaveCount(2);
  const later = sessions.upcomingRows().nth(1);
  await later.getByRole('button', { name: /^Annuler la séance/ }).click();
  await expect(later.getByRole('button', { name: 'Oui, annuler la séance' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(sessions.status).toHaveText(/^Séance du .* 18:30 annulée\.$/);
  await expect(sessions.upcomingRows()).toHaveCount(1);
  await expect(sessions.past.getByRole('listitem')).toHaveCount(1);
  await expect(sessions.past.getByRole('listitem')).toContainText('Annulée');
  await shoot(page, 'sessions-fr');
  await page.setViewportSize(desktop);

  // Edit the plan afterwards.
  await shell.goTo('plans');
  await plans.openPlan('Séance d’octobre');
  await editor.blockTitleInput('Tour de partage').fill('Partage du mois');
  await editor.moveDownButton('Accueil').click();
  await editor.save('Séance d’octobre');

  // The session still shows the plan as it was when scheduled, and agreements version 2.
  await shell.goTo('sessions');
  await sessions.open(sessions.upcomingRows().first());
  const rows = sessions.frozenPlan.locator('tbody tr');
  await expect(rows.locator('.tt-title')).toHaveText(reordered);
  await expect(rows.first()).toContainText('18:30 – 18:35');
  await expect(page.getByText('Partage du mois')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Accords montrés : version 2' })).toBeVisible();
  await expect(page.locator('.agreement-read-title').last()).toHaveText('Téléphones de côté');
  await shoot(page, 'session-fr');

  // The plan itself did change.
  await shell.goTo('plans');
  await plans.openPlan('Séance d’octobre');
  await editor.expectOrder([
    'Rappel des accords',
    'Accueil',
    'Pause',
    "Météo d'arrivée",
    'Partage du mois',
    'Échange libre',
    'Tour de clôture',
  ]);
});

test('the overrun warning follows the expected group size', async ({ app }) => {
  const { page } = app;
  await new AppShell(page).goTo('plans');
  const plans = new PlansPage(page);
  await plans.createPlan('Groupe du jeudi', template90);
  const editor = new PlanEditorPage(page);

  await expect(editor.groupSizeInput).toHaveValue('8');
  await expect(editor.overrunWarnings).toHaveCount(0);
  await expect(editor.overrunSummary).toHaveText(
    'Avec 8 personnes, chaque tour de parole tient dans sa durée.',
  );

  await editor.groupSizeInput.fill('9');
  await expect(editor.overrunWarnings).toHaveCount(1);
  await expect(editor.block('Tour de partage').locator('.overrun-warning')).toHaveText(
    'Trop court pour 9 personnes : 9 × 5 min = 45 min, mais le bloc dure 40 min.',
  );
  await expect(editor.overrunSummary).toHaveText(
    '1 tour de parole ne tient pas dans sa durée avec 9 personnes.',
  );
  // The duration field names the warning, so it is heard with the field.
  await expect(
    editor.block('Tour de partage').getByLabel('Durée (min)'),
  ).toHaveAccessibleDescription(/Trop court pour 9 personnes/);

  await editor.groupSizeInput.fill('12');
  await expect(editor.overrunWarnings).toHaveCount(3);

  // Lengthening the round makes its warning go; back to 8 people, none is left.
  await editor.groupSizeInput.fill('8');
  await expect(editor.overrunWarnings).toHaveCount(0);

  // Invalid values are refused beside their fields, and what was typed stays.
  await editor.groupSizeInput.fill('0');
  await editor.block('Pause').getByLabel('Durée (min)').fill('');
  await editor.saveButton.click();
  await expect(editor.status).toHaveText('Plan non enregistré : 2 champs à corriger.');
  await expect(editor.groupSizeInput).toBeFocused();
  await expect(editor.groupSizeInput).toHaveAccessibleDescription(/^Un nombre entier, de 1 à 50\./);
  await expect(editor.block('Pause').getByLabel('Durée (min)')).toHaveAccessibleDescription(
    'Indiquez une durée en minutes.',
  );
  await expect(editor.groupSizeInput).toHaveValue('0');
});

test('plans are exported to a file, imported back, and a broken file is refused with every problem in words', async ({
  app,
}) => {
  const { page } = app;
  await new AppShell(page).goTo('plans');
  const plans = new PlansPage(page);
  await plans.createPlan('Accueil des nouveaux', 'Premier groupe / accueil des nouveaux — 75 min');
  await page.getByRole('link', { name: 'Plans', exact: true }).click();
  await expect(plans.heading).toHaveText('Plans');
  await plans.expectPlanNames(['Accueil des nouveaux']);

  // Save as template, and duplicate.
  await plans.button(plans.plans, 'Accueil des nouveaux', /^Enregistrer comme modèle/).click();
  await expect(plans.status).toHaveText('Modèle « Accueil des nouveaux » enregistré.');
  await expect(plans.templates.getByRole('listitem')).toHaveCount(1);

  // Export one plan: the file lands where the host saves files.
  await plans.button(plans.plans, 'Accueil des nouveaux', /^Exporter/).click();
  await expect(plans.status).toHaveText('Plan exporté.');
  const exportDir = join(app.dataDir, 'exports');
  const [fileName] = await readdir(exportDir);
  expect(fileName).toBe('Accueil des nouveaux.cercle.json');
  const exported = join(exportDir, fileName!);
  await expect(plans.exportPath).toHaveText(exported);
  const file = JSON.parse(await readFile(exported, 'utf8')) as {
    format: string;
    version: number;
    plans: { name: string; blocks: { title: string }[] }[];
  };
  expect(file.format).toBe('cercle-plans');
  expect(file.version).toBe(1);
  expect(file.plans.map((p) => p.name)).toEqual(['Accueil des nouveaux']);
  expect(file.plans[0]!.blocks).toHaveLength(6);

  // Import it back: a second plan of that name appears.
  await plans.importInput.setInputFiles(exported);
  await expect(plans.status).toHaveText('1 plan importé.');
  await plans.expectPlanNames(['Accueil des nouveaux', 'Accueil des nouveaux']);
  await shoot(page, 'plans-fr');

  // A corrupt file: every problem in plain words, and nothing is added.
  const broken = structuredClone(file) as unknown as {
    plans: Record<string, unknown>[];
  };
  const plan = broken.plans[0]!;
  plan.startTime = '25h';
  (plan.blocks as Record<string, unknown>[])[2]!.durationMin = 900;
  (plan.blocks as Record<string, unknown>[])[1]!.kind = 'chant';
  const brokenPath = join(app.dataDir, 'abîmé.cercle.json');
  await writeFile(brokenPath, JSON.stringify(broken));
  await plans.importInput.setInputFiles(brokenPath);
  await expect(plans.status).toHaveText('Fichier refusé : rien n’a été ajouté.');
  await expect(plans.importRefusal).toContainText(
    'Le fichier « abîmé.cercle.json » n’a pas été importé.',
  );
  await expect(plans.importRefusal.getByRole('listitem')).toHaveText([
    'Plan 1 : l’heure de début doit s’écrire HH:MM, par exemple 18:30.',
    'Plan 1, bloc 2 : le type de bloc n’est pas reconnu (accueil, rappel des accords, tour de parole, échange libre, pause, lecture, tour de clôture ou libre).',
    'Plan 1, bloc 3 : la durée doit être comprise entre 0 et 600 minutes.',
  ]);
  await plans.expectPlanNames(['Accueil des nouveaux', 'Accueil des nouveaux']);
  await expect(plans.importRefusal).toBeInViewport({ ratio: 0.5 });
  await shoot(page, 'plans-import-refused-fr', narrow);

  const notJson = join(app.dataDir, 'notes.json');
  await writeFile(notJson, 'ceci n’est pas du JSON');
  await plans.importInput.setInputFiles(notJson);
  await expect(plans.importRefusal.getByRole('listitem')).toHaveText([
    'Ce fichier n’est pas lisible comme fichier de plans : il est peut-être abîmé, ou ce n’est pas un fichier exporté par Cercle.',
  ]);
  await plans.expectPlanNames(['Accueil des nouveaux', 'Accueil des nouveaux']);

  // Deleting asks first; "Garder" keeps it.
  const second = plans.planRows().nth(1);
  await second.getByRole('button', { name: /^Supprimer/ }).click();
  await expect(second.getByRole('button', { name: 'Supprimer définitivement' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(second.getByRole('button', { name: /^Supprimer/ })).toBeFocused();
  await second.getByRole('button', { name: /^Supprimer/ }).click();
  await second.getByRole('button', { name: 'Supprimer définitivement' }).click();
  await expect(plans.status).toHaveText('Plan « Accueil des nouveaux » supprimé.');
  await plans.expectPlanNames(['Accueil des nouveaux']);
});

test('a plan prints: a plain message where PDF is not available, then the paper view and the system print', async ({
  app,
}) => {
  const { page } = app;
  await new AppShell(page).goTo('plans');
  const plans = new PlansPage(page);
  await plans.createPlan('Groupe de parole de novembre', template90);
  const editor = new PlanEditorPage(page);
  await editor.startTimeInput.fill('19:00');
  await editor.groupSizeInput.fill('9');

  // The print is of the saved plan: unsaved changes are said first.
  await editor.printButton.click();
  await expect(page.getByRole('alert')).toHaveText(
    'Enregistrez d’abord le plan : l’impression reprend la version enregistrée.',
  );
  await editor.save('Groupe de parole de novembre');

  await shoot(page, 'plan-editor-fr-desktop', desktop);
  await shoot(page, 'plan-editor-fr-narrow', narrow);
  await page.setViewportSize(desktop);

  // The test host cannot make PDFs (UNSUPPORTED): the editor says so plainly.
  await page.evaluate(() => {
    const counter = window as unknown as { printed: number };
    counter.printed = 0;
    window.print = () => {
      counter.printed += 1;
    };
  });
  await editor.printButton.click();
  const unsupported = page.getByRole('alert').filter({ hasText: 'ne peut pas créer le PDF' });
  await expect(unsupported).toBeVisible();
  await unsupported.getByRole('button', { name: 'Ouvrir la vue imprimable et imprimer' }).click();

  // The paper view, alone: no navigation, the plan with its computed times.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Groupe de parole de novembre');
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
    .toBe(1);
  const rows = page.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(7);
  await expect(rows.first()).toContainText('19:00 – 19:05');
  await expect(rows.nth(3)).toContainText('Ce que je vis en ce moment');
  await expect(rows.nth(3)).toContainText('Trop court pour 9 personnes');
  await expect(page.getByRole('table').locator('tfoot')).toContainText('1 h 30, de 19:00 à 20:30');
  await shoot(page, 'plan-print-fr', { width: 1000, height: 1100 });

  // Loaded on its own, as Electron's PDF printing does, and printed by Chromium.
  const planId = new URL(page.url()).hash.split('/')[3]!.split('?')[0]!;
  const paper = await app.openPage(`/index.html#/print/plan/${planId}`);
  await expect(paper.locator('[data-print-ready="true"]')).toBeVisible();
  await paper.emulateMedia({ media: 'print' });
  await expect(paper.locator('.print-toolbar')).toBeHidden();
  const pdf = await paper.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(5000);
  await mkdir(screenshotDir, { recursive: true });
  await writeFile(resolve(screenshotDir, 'plan-print.pdf'), pdf);

  await page.getByRole('link', { name: 'Retour au plan' }).click();
  await expect(editor.heading).toHaveText('Plan : Groupe de parole de novembre');
});

test('agreements saved elsewhere meanwhile: the edits stay, and can be saved on top', async ({
  app,
}) => {
  const { page } = app;
  const groups = await createGroup(page, 'Cercle des parents');
  await groups
    .activeRow('Cercle des parents')
    .getByRole('link', { name: /^Accords/ })
    .click();
  const mine = new AgreementsPage(page);
  await mine.titleInput(1).fill('Confidentialité (ce qui est dit ici reste ici)');

  // Another window saves version 2 first.
  const other = await app.openPage(page.url().replace(/^[^#]*/, '/index.html'));
  const theirs = new AgreementsPage(other);
  await theirs.defaultsButton.click();
  await theirs.remove(7).click();
  await theirs.save(2);
  await other.close();

  await mine.saveButton.click();
  await expect(mine.conflict).toContainText('La version 2 a été enregistrée');
  await expect(mine.titleInput(1), 'the edits are still there').toHaveValue(
    'Confidentialité (ce qui est dit ici reste ici)',
  );
  await expect(mine.history.getByRole('listitem')).toHaveCount(2);
  await mine.conflict
    .getByRole('button', { name: 'Enregistrer mes modifications comme version 3' })
    .click();
  await expect(mine.status).toHaveText('Version 3 enregistrée.');
  await expect(mine.conflict).toHaveCount(0);
  await expect(mine.items).toHaveCount(7);

  // "Revenir aux accords par défaut" fills the editor; nothing is saved until Save.
  await mine.titleInput(1).fill('Autre chose');
  await mine.defaultsButton.click();
  await expect(mine.titleInput(1)).toHaveValue('Confidentialité');
  await expect(mine.saveState).toContainText('Modifications non enregistrées');
  await expect(mine.history.getByRole('listitem')).toHaveCount(3);
});

test('blocks can also be reordered by drag and drop, and unsaved edits survive leaving the editor', async ({
  app,
}) => {
  const { page } = app;
  const shell = new AppShell(page);
  await shell.goTo('plans');
  const plans = new PlansPage(page);
  await plans.createPlan('Météo et partage', 'Météo, partage, clôture — 60 min');
  const editor = new PlanEditorPage(page);
  await editor.expectOrder([
    'Accueil',
    'Rappel des accords',
    'Météo',
    'Tour de partage',
    'Tour de clôture',
  ]);

  // Both blocks on screen, as a mouse user sees them when dragging.
  await page.setViewportSize({ width: 1280, height: 2400 });
  await editor
    .block('Tour de clôture')
    .locator('.drag-handle')
    .dragTo(editor.block('Accueil'), { targetPosition: { x: 40, y: 8 } });
  await expect(editor.status).toHaveText('Bloc déplacé en position 1 sur 5.');
  await editor.expectOrder([
    'Tour de clôture',
    'Accueil',
    'Rappel des accords',
    'Météo',
    'Tour de partage',
  ]);

  // Leaving with unsaved changes keeps them for when the plan is opened again.
  await shell.goTo('groups');
  await shell.goTo('plans');
  await plans.openPlan('Météo et partage');
  await expect(
    page.getByText('Vos modifications non enregistrées ont été retrouvées.'),
  ).toBeVisible();
  await editor.expectOrder([
    'Tour de clôture',
    'Accueil',
    'Rappel des accords',
    'Météo',
    'Tour de partage',
  ]);
  await expect(editor.saveBar).toContainText('Modifications non enregistrées');

  // "Annuler les modifications" goes back to the saved plan.
  await editor.saveBar.getByRole('button', { name: 'Annuler les modifications' }).click();
  await expect(editor.status).toHaveText(
    'Modifications annulées : retour à la version enregistrée.',
  );
  await expect(editor.saveBar).toContainText('Tout est enregistré.');
  await editor.expectOrder([
    'Accueil',
    'Rappel des accords',
    'Météo',
    'Tour de partage',
    'Tour de clôture',
  ]);
});

test('the preparation screens speak English when English is chosen', async ({ app }) => {
  const { page } = app;
  const shell = new AppShell(page);
  await shell.setLanguage('en');
  await shell.goTo('plans');
  await expect(shell.heading).toHaveText('Plans');
  await page.getByLabel('Plan name', { exact: true }).fill('Thursday group');
  await page.getByLabel('Start from').selectOption({ label: 'Support group — 90 min' });
  await page.getByRole('button', { name: 'Create the plan' }).click();
  await expect(shell.heading).toHaveText('Plan: Thursday group');
  await expect(shell.status).toHaveText('Plan “Thursday group” created.');
  await expect(page.getByTestId('plan-total')).toHaveText('1 h 30 min');
  const outline = page.getByRole('region', { name: /^Outline/ });
  await expect(outline.locator('.block-title').nth(2)).toHaveText('Block 3 of 7: Check-in round');
  await expect(outline.locator('.block-meta').nth(2)).toContainText('Speaking round');
  await page.getByLabel('People expected').fill('9');
  await expect(outline.locator('.overrun-warning')).toHaveText([
    'Too short for 9 people: 9 × 5 min = 45 min, but the block lasts 40 min.',
  ]);
  await outline.getByRole('button', { name: 'Move up “Break”' }).click();
  await expect(shell.status).toHaveText('Block moved to position 4 of 7.');
  await shoot(page, 'plan-editor-en-desktop');
});
