import { expect, type Locator, type Page } from '@playwright/test';

/** The plan editor, in French. Blocks are found by their title. */
export class PlanEditorPage {
  readonly heading: Locator;
  readonly status: Locator;
  readonly nameInput: Locator;
  readonly groupSizeInput: Locator;
  readonly startTimeInput: Locator;
  readonly total: Locator;
  readonly overrunSummary: Locator;
  readonly outline: Locator;
  readonly blocks: Locator;
  readonly saveButton: Locator;
  readonly saveBar: Locator;
  readonly undoButton: Locator;
  readonly printButton: Locator;
  readonly overrunWarnings: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.status = page.getByRole('status');
    this.nameInput = page.getByLabel('Nom du plan', { exact: true });
    this.groupSizeInput = page.getByLabel('Personnes attendues');
    this.startTimeInput = page.getByLabel('Heure de début');
    this.total = page.getByTestId('plan-total');
    this.overrunSummary = page.locator('.overrun-summary');
    this.outline = page.getByRole('region', { name: /^Déroulé/ });
    this.blocks = this.outline.locator('ol.block-list > li');
    this.saveButton = page.getByRole('button', { name: 'Enregistrer le plan' });
    this.saveBar = page.getByRole('region', { name: 'Enregistrement du plan' });
    this.undoButton = page.getByRole('button', { name: /^Annuler la suppression/ });
    this.printButton = page.getByRole('button', { name: 'Imprimer / PDF' });
    this.overrunWarnings = this.outline.locator('.overrun-warning');
  }

  /** The card of the block with this title (its heading ends with the title). */
  block(title: string): Locator {
    return this.blocks.filter({
      has: this.page.getByRole('heading', { name: new RegExp(`: ${escapeRegExp(title)}$`) }),
    });
  }

  moveUpButton(title: string): Locator {
    return this.block(title).getByRole('button', { name: /^Monter/ });
  }

  moveDownButton(title: string): Locator {
    return this.block(title).getByRole('button', { name: /^Descendre/ });
  }

  deleteButton(title: string): Locator {
    return this.block(title).getByRole('button', { name: /^Supprimer/ });
  }

  blockTitleInput(title: string): Locator {
    return this.block(title).getByLabel('Titre', { exact: true });
  }

  /** The block titles in order, as their headings show them. */
  async expectOrder(titles: string[]): Promise<void> {
    await expect(this.blocks.locator('.block-title')).toHaveText(
      titles.map((title, i) => `Bloc ${i + 1} sur ${titles.length} : ${title}`),
    );
  }

  async save(name: string): Promise<void> {
    await this.saveButton.click();
    await expect(this.status).toHaveText(`Plan « ${name} » enregistré.`);
    await expect(this.saveBar).toContainText('Tout est enregistré.');
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
