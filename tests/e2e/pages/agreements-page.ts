import { expect, type Locator, type Page } from '@playwright/test';

/** A group's agreements screen, in French: the editor and the version history. */
export class AgreementsPage {
  readonly heading: Locator;
  readonly status: Locator;
  readonly editor: Locator;
  readonly items: Locator;
  readonly addButton: Locator;
  readonly defaultsButton: Locator;
  readonly saveButton: Locator;
  readonly saveState: Locator;
  readonly history: Locator;
  readonly conflict: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.status = page.getByRole('status');
    this.editor = page.getByRole('region', { name: 'Accords en vigueur' });
    this.items = this.editor.locator('ol.agreement-list > li');
    this.addButton = page.getByRole('button', { name: 'Ajouter un accord' });
    this.defaultsButton = page.getByRole('button', { name: 'Revenir aux accords par défaut' });
    this.saveButton = page.getByRole('button', { name: 'Enregistrer une nouvelle version' });
    this.saveState = page.getByRole('region', { name: 'Enregistrement des accords' });
    this.history = page.getByRole('region', { name: /^Historique des versions/ });
    this.conflict = page.getByRole('alert').filter({ hasText: 'modifiés ailleurs' });
  }

  item(position: number): Locator {
    return this.items.nth(position - 1);
  }

  titleInput(position: number): Locator {
    return this.item(position).getByLabel('Titre', { exact: true });
  }

  textInput(position: number): Locator {
    return this.item(position).getByLabel('Texte', { exact: true });
  }

  moveUp(position: number): Locator {
    return this.item(position).getByRole('button', { name: /^Monter/ });
  }

  remove(position: number): Locator {
    return this.item(position).getByRole('button', { name: /^Retirer/ });
  }

  /** The titles in the editor, in order. */
  async expectTitles(titles: string[]): Promise<void> {
    const inputs = this.items.getByLabel('Titre', { exact: true });
    await expect
      .poll(() =>
        inputs.evaluateAll((all) => all.map((input) => (input as HTMLInputElement).value)),
      )
      .toEqual(titles);
  }

  async save(version: number): Promise<void> {
    await this.saveButton.click();
    await expect(this.status).toHaveText(`Version ${version} enregistrée.`);
    await expect(this.saveState).toContainText(`Tout est enregistré (version ${version}).`);
  }

  version(version: number): Locator {
    return this.history.getByRole('listitem').filter({
      has: this.page.getByRole('heading', { name: new RegExp(`^Version ${version}\\b`) }),
    });
  }

  /** Unfolds one version and returns its read-only list. */
  async readVersion(version: number): Promise<Locator> {
    const row = this.version(version);
    await row.getByRole('button', { name: `Lire la version ${version}` }).click();
    const list = row.locator('ol.agreement-read');
    await expect(list).toBeVisible();
    return list;
  }
}
