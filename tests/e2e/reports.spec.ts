import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import type { SeededHistory } from '../host/seed-reports';
import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { GroupsPage } from './pages/groups-page';
import { ReportsPage } from './pages/reports-page';

const run = promisify(execFile);
const root = resolve(__dirname, '../..');
const screenshotDir = resolve(root, 'test-results/screenshots');
const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** Seeds the history into the (stopped) host's database, under the host's own runtime. */
async function seedHistory(databasePath: string): Promise<SeededHistory> {
  const { stdout } = await run(
    process.execPath,
    [
      join(root, 'scripts/run-node.mjs'),
      '--import',
      'tsx',
      join(root, 'tests/host/seed-reports.ts'),
    ],
    { cwd: root, env: { ...process.env, CERCLE_DB_PATH: databasePath } },
  );
  const line = stdout.split('\n').find((l) => l.startsWith('CERCLE_SEEDED '));
  if (!line) throw new Error(`the seed printed no result:\n${stdout}`);
  return JSON.parse(line.slice('CERCLE_SEEDED '.length)) as SeededHistory;
}

/** The whole screen at this width, as tall as the page. */
async function shoot(page: Page, name: string, width: number): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  await page.setViewportSize({ width, height: 800 });
  await page.evaluate(() => window.scrollTo(0, 0));
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width, height: Math.max(800, height) });
  await page.screenshot({ path: resolve(screenshotDir, `${name}.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** `YYYY-MM` of the month under way, in local time (like the app). */
function currentMonth(): { year: number; month: number } {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1 };
}

test('Reports: a seeded history shows as anonymised figures and a chart, exports and prints without a name, key or note', async ({
  app,
}) => {
  await app.host.stop();
  const seeded = await seedHistory(app.databasePath);
  await app.restartHost();
  const { page } = app;
  const [m1, m2, m3] = seeded.quarter.months as [string, string, string];
  const archivedLabel = `${seeded.archived} (archivé)`;

  await new AppShell(page).goTo('reports');
  const reports = new ReportsPage(page);
  await expect(reports.heading).toHaveText('Rapports');

  // It opens on the active groups and the last quarter that has ended, in which they met.
  await expect(reports.group(seeded.active)).toBeChecked();
  await expect(reports.group(archivedLabel)).not.toBeChecked();
  await expect(reports.kind('Un trimestre')).toBeChecked();
  await expect(reports.quarterSelect).toHaveValue(String(seeded.quarter.quarter));
  await expect(reports.yearSelect).toHaveValue(String(seeded.quarter.year));
  await expect(reports.resultsLive).toHaveText(/\s:\s7 séances tenues\.$/);
  // 4 newcomers and 4 returning people: both <5, and the total of 8 is withheld so that
  // neither can be worked out from it.
  await reports.expectFigures({
    'Séances tenues': '7',
    Participations: '40',
    'Personnes différentes': 'masqué',
    'Nouvelles personnes': '<5',
    'Personnes revenues': '<5',
    'Participation moyenne par séance': '5,7',
    'Durée moyenne d’une séance': '103 min',
    'Tours de parole': '7',
    'Tours pris': '30',
    'Tours passés': '5',
    'Part des tours pris': '86 %',
  });

  // The archived group, ticked with the keyboard, adds its one session of three people.
  await reports.group(archivedLabel).focus();
  await page.keyboard.press('Space');
  await expect(reports.group(archivedLabel)).toBeChecked();
  await expect(reports.resultsLive).toHaveText(/\s:\s8 séances tenues\.$/);
  await reports.expectFigures({
    'Séances tenues': '8',
    Participations: '40',
    'Personnes différentes': '10',
    'Nouvelles personnes': 'masqué',
    'Personnes revenues': '<5',
    'Participation moyenne par séance': '5',
  });
  await expect(reports.rule).toBeVisible();

  // The chart: a bar for July-like month 1, marked columns (not heights) for the others.
  await expect(reports.bar(m1)).toHaveAttribute('data-state', 'value');
  await expect(reports.bar(m1)).toHaveText('25');
  await expect(reports.bar(m2)).toHaveAttribute('data-state', 'hidden');
  await expect(reports.bar(m3)).toHaveAttribute('data-state', 'small');
  await expect(reports.bar(m3)).toHaveText('<5');
  await expect(reports.chartLegend.getByRole('listitem')).toHaveCount(3);
  const rows = reports.chartTable.getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toHaveText(/4\s*25$/);
  await expect(rows.nth(2)).toHaveText(/3\s*masqué$/);
  await expect(rows.nth(3)).toHaveText(/1\s*<5$/);

  await shoot(page, 'reports-fr-desktop', 1280);
  await shoot(page, 'reports-fr-narrow', 420);

  // Exports: the files hold the figures and the rule, never a pseudonym, key, note or id.
  const csvPath = await reports.exportFile('CSV');
  const jsonPath = await reports.exportFile('JSON');
  expect(csvPath.startsWith(join(app.dataDir, 'exports'))).toBe(true);
  expect(await readdir(join(app.dataDir, 'exports'))).toHaveLength(2);
  const csv = await readFile(csvPath, 'utf8');
  const json = await readFile(jsonPath, 'utf8');
  for (const text of [csv, json]) {
    for (const canary of seeded.canaries) expect(text).not.toContain(canary);
    expect(text).not.toMatch(uuid);
    expect(text).toContain(seeded.archived);
  }
  expect(csv).toContain('<5');
  const file = JSON.parse(json) as Record<string, unknown> & {
    figures: Record<string, unknown>;
    monthly: { month: string; attendances: unknown }[];
  };
  expect(file).toMatchObject({ format: 'cercle-report', version: 1, period: { from: m1, to: m3 } });
  expect(file.figures).toMatchObject({ newParticipants: 'hidden', returningParticipants: '<5' });
  expect(file.monthly.map((m) => m.attendances)).toEqual([25, 'hidden', '<5']);

  // PDF: this host cannot print by itself; the screen says so and offers the printable page.
  await reports.exportButton('PDF').click();
  const unsupported = reports.exports.getByRole('alert');
  await expect(unsupported).toContainText('Cercle ne peut pas créer le PDF lui-même');
  await expect(unsupported.getByRole('button', { name: 'Ouvrir et imprimer' })).toBeVisible();
  await unsupported.getByRole('link', { name: 'Ouvrir la version imprimable' }).click();

  const sheet = page.locator('main[data-print-ready="true"]');
  await expect(sheet).toBeVisible();
  await expect(page).toHaveURL(
    /#\/print\/report\?groups=[^&]+,[^&]+&from=\d{4}-\d\d&to=\d{4}-\d\d$/,
  );
  await expect(sheet.getByRole('heading', { level: 1 })).toHaveText('Rapport de fréquentation');
  await expect(sheet).toContainText(`${seeded.active} et ${seeded.archived}`);
  await expect(sheet.locator('[data-figure="newParticipants"] .report-value')).toHaveText('masqué');
  await expect(sheet.locator(`[data-month="${m3}"]`)).toHaveAttribute('data-state', 'small');

  const pdfPath = resolve(screenshotDir, 'report.pdf');
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await writeFile(pdfPath, pdf);
  await run('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdfPath,
    resolve(screenshotDir, 'report-page1'),
  ]);
  const { stdout: pdfText } = await run('pdftotext', ['-layout', pdfPath, '-']);
  expect(pdfText).toContain('Rapport de fréquentation');
  expect(pdfText).toContain('masqué');
  expect(pdfText).toContain('<5');
  expect(pdfText).toMatch(/Pour que personne ne puisse être reconnu/);
  for (const canary of seeded.canaries) expect(pdfText).not.toContain(canary);
  expect(pdfText).not.toMatch(uuid);
  const { stdout: pages } = await run('pdfinfo', [pdfPath]);
  expect(pages).toMatch(/^Pages:\s+1$/m);

  // « Ouvrir et imprimer » opens the same page and the system's print window, once.
  await page.getByRole('link', { name: 'Retour aux rapports' }).click();
  await expect(reports.heading).toHaveText('Rapports');
  await page.evaluate(() => {
    const counted = window as unknown as { printCalls: number };
    counted.printCalls = 0;
    window.print = () => {
      counted.printCalls += 1;
    };
  });
  await reports.exportButton('PDF').click();
  await reports.exports.getByRole('button', { name: 'Ouvrir et imprimer' }).click();
  await expect(sheet).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls))
    .toBe(1);
  // A reload of the page must not print again.
  await expect(page).toHaveURL(/#\/print\/report\?groups=[^&]+&from=[^&]+&to=\d{4}-\d\d$/);

  // Back on the screen, a period reaching into the month under way is clipped, and says so.
  await page.getByRole('link', { name: 'Retour aux rapports' }).click();
  await expect(reports.heading).toHaveText('Rapports');
  await reports.kind('Plusieurs mois').check();
  const now = currentMonth();
  await reports.rangeField('Dernier mois', 'Année').selectOption(String(now.year));
  await reports.rangeField('Dernier mois', 'Mois').selectOption(String(now.month));
  await expect(reports.clippedNotice).toBeVisible();
  // A range that ends before it starts is refused beside the fields.
  await reports.rangeField('Dernier mois', 'Année').selectOption(String(now.year - 1));
  await expect(reports.options.getByRole('alert')).toHaveText(
    'Le dernier mois doit être le même que le premier ou venir après.',
  );
  // The month under way has not ended: nothing to report yet.
  await reports.kind('Un mois').check();
  await reports.options
    .getByRole('combobox', { name: 'Année', exact: true })
    .selectOption(String(now.year));
  await reports.options
    .getByRole('combobox', { name: 'Mois', exact: true })
    .selectOption(String(now.month));
  await expect(reports.results.getByRole('alert')).toContainText('pas encore terminée');
});

test('Reports: without groups, and for groups that have not met, the screen says so plainly', async ({
  app,
}) => {
  const { page } = app;
  const shell = new AppShell(page);
  await shell.goTo('reports');
  await expect(page.getByRole('heading', { name: 'Aucun groupe pour l’instant' })).toBeVisible();
  await page.getByRole('link', { name: 'Aller aux groupes' }).click();
  await expect(shell.heading).toHaveText('Groupes');

  await new GroupsPage(page).createGroup('Cercle du lundi');
  await shell.goTo('reports');
  const reports = new ReportsPage(page);
  await expect(reports.group('Cercle du lundi')).toBeChecked();
  await expect(reports.results).toContainText('Aucune séance tenue sur cette période');
  await expect(reports.exportButton('CSV')).toBeVisible();

  // Unticking the only group asks for one.
  await reports.group('Cercle du lundi').uncheck();
  await expect(reports.results).toContainText('Cochez au moins un groupe');
  await expect(reports.exports).toHaveCount(0);

  await shell.setLanguage('en');
  await shell.goTo('reports');
  await expect(shell.heading).toHaveText('Reports');
  await expect(page.getByRole('region', { name: 'Figures' })).toContainText(
    'No sessions held in this period',
  );
});
