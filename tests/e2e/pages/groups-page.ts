import { expect, type Locator, type Page } from '@playwright/test';

/** The Groups screen, in French (the app's default language). */
export class GroupsPage {
  readonly nameInput: Locator;
  readonly createButton: Locator;
  readonly status: Locator;
  readonly activeSection: Locator;
  readonly archivedSection: Locator;
  readonly archivedToggle: Locator;

  constructor(readonly page: Page) {
    this.nameInput = page.getByLabel('Nom du groupe', { exact: true });
    this.createButton = page.getByRole('button', { name: 'Créer le groupe' });
    this.status = page.getByRole('status');
    this.activeSection = page.getByRole('region', { name: /^Groupes actifs/ });
    this.archivedSection = page.getByRole('region', { name: /^Groupes archivés/ });
    this.archivedToggle = this.archivedSection.getByRole('button', { name: /^Groupes archivés/ });
  }

  activeRow(name: string): Locator {
    return this.activeSection
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }

  archivedRow(name: string): Locator {
    return this.archivedSection
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }

  renameButton(name: string): Locator {
    return this.activeRow(name).getByRole('button', { name: /^Renommer/ });
  }

  archiveButton(name: string): Locator {
    return this.activeRow(name).getByRole('button', { name: /^Archiver/ });
  }

  restoreButton(name: string): Locator {
    return this.archivedRow(name).getByRole('button', { name: /^Restaurer/ });
  }

  /** The rename field of the row being renamed (only one at a time). */
  get renameInput(): Locator {
    return this.activeSection.getByLabel(/^Nouveau nom/);
  }

  /** Types a name and presses "Créer le groupe", without expecting success. */
  async submitName(name: string): Promise<void> {
    await this.nameInput.fill(name);
    await this.createButton.click();
  }

  async createGroup(name: string): Promise<void> {
    await this.submitName(name);
    await expect(this.status).toHaveText(`Groupe « ${name} » créé.`);
    await expect(this.nameInput).toHaveValue('');
  }

  /** Starts renaming and types the new name, without saving. */
  async startRename(name: string, next: string): Promise<void> {
    await this.renameButton(name).click();
    await expect(this.renameInput).toBeFocused();
    await this.renameInput.fill(next);
  }

  async renameGroup(name: string, next: string): Promise<void> {
    await this.startRename(name, next);
    await this.renameInput.press('Enter');
    await expect(this.status).toHaveText(`Groupe « ${name} » renommé en « ${next} ».`);
    await expect(this.renameButton(next)).toBeFocused();
  }

  async archiveGroup(name: string): Promise<void> {
    await this.archiveButton(name).click();
    await expect(this.status).toHaveText(
      `Groupe « ${name} » archivé. Vous le retrouverez dans « Groupes archivés ».`,
    );
  }

  /** Unfolds "Groupes archivés" if it is folded. */
  async showArchived(): Promise<void> {
    if ((await this.archivedToggle.getAttribute('aria-expanded')) !== 'true') {
      await this.archivedToggle.click();
    }
    await expect(this.archivedToggle).toHaveAttribute('aria-expanded', 'true');
  }

  async restoreGroup(name: string): Promise<void> {
    await this.showArchived();
    await this.restoreButton(name).click();
    await expect(this.status).toHaveText(`Groupe « ${name} » restauré.`);
  }

  /** The active groups, in the order shown. */
  async expectActive(names: string[]): Promise<void> {
    await expect(this.activeSection.getByRole('listitem').getByRole('heading')).toHaveText(names);
  }

  /** The archived groups, in the order shown (unfolds the section to read them). */
  async expectArchived(names: string[]): Promise<void> {
    await this.showArchived();
    await expect(this.archivedSection.getByRole('listitem').getByRole('heading')).toHaveText(names);
  }

  /** A field shows its problem beside it, and says it to screen readers. */
  async expectFieldError(field: Locator, message: string): Promise<void> {
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(new RegExp(`^${escapeRegExp(message)}`));
    await expect(this.page.getByText(message, { exact: true })).toBeVisible();
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
