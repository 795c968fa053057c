import { expect, type Locator, type Page } from '@playwright/test';

/** The Plans screen, in French: create, list, templates, import and export. */
export class PlansPage {
  readonly heading: Locator;
  readonly status: Locator;
  readonly nameInput: Locator;
  readonly sourceSelect: Locator;
  readonly createButton: Locator;
  readonly plans: Locator;
  readonly templates: Locator;
  readonly builtins: Locator;
  readonly files: Locator;
  readonly importInput: Locator;
  readonly exportAllButton: Locator;
  readonly exportPath: Locator;
  readonly importRefusal: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.status = page.getByRole('status');
    this.nameInput = page.getByLabel('Nom du plan', { exact: true });
    this.sourceSelect = page.getByLabel('Point de départ');
    this.createButton = page.getByRole('button', { name: 'Créer le plan' });
    this.plans = page.getByRole('region', { name: /^Vos plans/ });
    this.templates = page.getByRole('region', { name: /^Vos modèles/ });
    this.builtins = page.getByRole('region', { name: 'Modèles fournis avec Cercle' });
    this.files = page.getByRole('region', { name: 'Partager des plans' });
    this.importInput = page.getByLabel('Importer un fichier de plans');
    this.exportAllButton = page.getByRole('button', { name: 'Exporter tous les plans et modèles' });
    this.exportPath = page.getByTestId('export-path');
    this.importRefusal = page.getByRole('alert').filter({ hasText: 'n’a pas été importé' });
  }

  /** Creates a plan from a source option's label and waits for the editor to open. */
  async createPlan(name: string, source: string): Promise<void> {
    await this.nameInput.fill(name);
    await this.sourceSelect.selectOption({ label: source });
    await this.createButton.click();
    await expect(this.status).toHaveText(`Plan « ${name} » créé.`);
    await expect(this.heading).toHaveText(`Plan : ${name}`);
  }

  row(section: Locator, name: string): Locator {
    return section
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }

  planRows(): Locator {
    return this.plans.getByRole('listitem');
  }

  async expectPlanNames(names: string[]): Promise<void> {
    await expect(this.plans.getByRole('listitem').getByRole('heading')).toHaveText(names);
  }

  button(section: Locator, name: string, action: RegExp): Locator {
    return this.row(section, name).getByRole('button', { name: action });
  }

  async openPlan(name: string): Promise<void> {
    await this.row(this.plans, name).getByRole('link', { name, exact: true }).click();
    await expect(this.heading).toHaveText(`Plan : ${name}`);
  }
}
