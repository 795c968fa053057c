import { expect, type Locator, type Page } from '@playwright/test';

/** The participant page, in French (its default language). */
export class JoinPage {
  readonly heading: Locator;
  readonly nameInput: Locator;
  readonly continueButton: Locator;
  readonly audioOnly: Locator;
  readonly acceptButton: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.nameInput = page.getByLabel('Votre nom dans la séance');
    this.continueButton = page.getByRole('button', { name: /^Continuer/ });
    this.audioOnly = page.getByRole('checkbox', { name: /^Rejoindre en audio seul/ });
    this.acceptButton = page.getByRole('button', { name: 'J’accepte ces accords' });
    this.status = page.getByRole('status').first();
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.heading).toHaveText('Comment voulez-vous apparaître ?');
  }

  async enterName(name: string): Promise<void> {
    await this.nameInput.fill(name);
    await this.continueButton.click();
    await expect(this.heading).toHaveText('Vérifions votre micro et votre caméra');
    await expect(this.heading).toBeFocused();
  }

  /** Waits for the devices to open (the meter or a problem shows), then goes on. */
  async checkDevices(options: { audioOnly?: boolean } = {}): Promise<void> {
    if (options.audioOnly) await this.audioOnly.check();
    await expect(this.page.getByText('Niveau du micro')).toBeVisible();
    if (!options.audioOnly) {
      await expect(this.page.getByLabel('Aperçu de votre caméra')).toBeVisible();
    }
    await this.continueButton.click();
    await expect(this.heading).toHaveText('Les accords du groupe');
  }

  async acceptAgreements(): Promise<void> {
    await this.acceptButton.click();
    await expect(this.heading).toHaveText('Salle d’attente');
    await expect(this.page.getByText('L’animateur·rice va vous faire entrer.')).toBeVisible();
  }

  /** From the link to the lobby. */
  async joinLobby(url: string, name: string, options: { audioOnly?: boolean } = {}) {
    await this.open(url);
    await this.enterName(name);
    await this.checkDevices(options);
    await this.acceptAgreements();
  }

  /** Admitted: the call shows under the room's title. */
  async expectInCall(title: string): Promise<void> {
    await expect(this.heading).toHaveText(title);
    await expect(
      this.page.getByText('Pas d’enregistrement — Cercle n’enregistre jamais'),
    ).toBeVisible();
  }

  tile(name: string): Locator {
    return this.page.locator('.tile').filter({ has: this.page.getByText(name, { exact: true }) });
  }

  /** A failure page: its title, and the next step it gives. */
  async expectFailure(title: string, next: string | RegExp): Promise<void> {
    await expect(this.heading).toHaveText(title);
    await expect(this.page.getByText(next)).toBeVisible();
  }
}

/** Makes this page's browser behave as if it had no camera, or as if access were refused. */
export async function devicesAs(page: Page, kind: 'noCamera' | 'refused'): Promise<void> {
  await page.addInitScript((mode) => {
    const devices = navigator.mediaDevices;
    const original = devices.getUserMedia.bind(devices);
    devices.getUserMedia = async (constraints) => {
      if (mode === 'refused') throw new DOMException('Permission denied', 'NotAllowedError');
      if (constraints?.video) throw new DOMException('Requested device not found', 'NotFoundError');
      return original(constraints);
    };
  }, kind);
}
