import { expect, type Locator, type Page } from '@playwright/test';

const exact = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** The Reports screen, in French: choices, figures, chart and exports. */
export class ReportsPage {
  readonly heading: Locator;
  readonly status: Locator;
  readonly options: Locator;
  readonly results: Locator;
  /** The polite line that says, once figures arrive, which period they are for. */
  readonly resultsLive: Locator;
  readonly rule: Locator;
  readonly clippedNotice: Locator;
  readonly chart: Locator;
  readonly chartTable: Locator;
  readonly chartLegend: Locator;
  readonly exports: Locator;
  readonly exportPath: Locator;
  readonly quarterSelect: Locator;
  readonly yearSelect: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.status = page.getByRole('status');
    this.options = page.getByRole('form', { name: 'Ce que couvre le rapport' });
    this.results = page.getByRole('region', { name: 'Chiffres' });
    this.resultsLive = this.results.locator('[aria-live="polite"]');
    this.rule = this.results.getByText(/^Pour que personne ne puisse être reconnu/);
    this.clippedNotice = this.results.getByText(/^Les mois pas encore terminés ne comptent pas/);
    this.chart = this.results.getByRole('figure', { name: /^Participations par mois/ });
    this.chartTable = this.chart.getByRole('table');
    this.chartLegend = this.chart.getByRole('list');
    this.exports = page.getByRole('region', { name: 'Exporter' });
    this.exportPath = page.getByTestId('report-export-path');
    this.quarterSelect = this.options.getByRole('combobox', { name: 'Trimestre', exact: true });
    this.yearSelect = this.options.getByRole('combobox', { name: 'Année', exact: true });
  }

  /** A group's checkbox; archived groups are named « … (archivé) ». */
  group(name: string): Locator {
    return this.options.getByRole('checkbox', { name, exact: true });
  }

  /** « Un mois », « Un trimestre », « Une année », « Plusieurs mois ». */
  kind(label: string): Locator {
    return this.options.getByRole('radio', { name: label, exact: true });
  }

  /** A month or year list of the range, e.g. ('Premier mois', 'Mois'). */
  rangeField(pair: 'Premier mois' | 'Dernier mois', field: 'Mois' | 'Année'): Locator {
    return this.options.getByRole('combobox', { name: `${pair} ${field}`, exact: true });
  }

  /** The value shown for a figure, by its label (« Séances tenues »). */
  figure(label: string): Locator {
    return this.results
      .locator('.report-figure')
      .filter({ has: this.page.getByRole('term').filter({ hasText: exact(label) }) })
      .locator('.report-value');
  }

  async expectFigures(expected: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(expected)) {
      await expect(this.figure(label), label).toHaveText(value);
    }
  }

  /** The bar (or marked column) of one month, `YYYY-MM`, in the drawing. */
  bar(month: string): Locator {
    return this.chart.locator(`[data-month="${month}"]`);
  }

  exportButton(format: 'CSV' | 'JSON' | 'PDF'): Locator {
    return this.exports.getByRole('button', { name: `Exporter en ${format}` });
  }

  /** Exports a format that saves a file, and returns where it was saved. */
  async exportFile(format: 'CSV' | 'JSON'): Promise<string> {
    await this.exportButton(format).click();
    await expect(this.status).toHaveText(`Rapport enregistré (${format}).`);
    await expect(this.exportPath).toHaveText(new RegExp(`\\.${format.toLowerCase()}$`));
    return (await this.exportPath.textContent()) ?? '';
  }
}
