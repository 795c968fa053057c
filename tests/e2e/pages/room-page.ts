import { expect, type Locator, type Page } from '@playwright/test';

/** The facilitator's session server setting and room screen, in French. */
export class RoomPage {
  readonly heading: Locator;
  readonly inviteInput: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.inviteInput = page.getByLabel('Lien à envoyer aux participant·es');
    this.status = page.getByRole('status').first();
  }

  /** Settings → Serveur de séance → Héberger sur cet ordinateur → Démarrer (the page reloads). */
  async hostOnThisComputer(): Promise<void> {
    await this.page.evaluate(() => (window.location.hash = '#/settings'));
    await this.page.getByRole('radio', { name: 'Héberger sur cet ordinateur' }).check();
    await this.page.getByRole('button', { name: 'Démarrer' }).click();
    // Said once the page has reloaded to reach the new server.
    await expect(this.status).toHaveText(/^En marche\. Les liens d’invitation commencent par/, {
      timeout: 20_000,
    });
  }

  /** Opens the session's room and returns its invitation link. */
  async openRoom(
    sessionId: string,
    title?: string,
    beforeOpening?: () => Promise<void>,
  ): Promise<string> {
    await this.page.evaluate((id) => (window.location.hash = `#/room/${id}`), sessionId);
    await expect(this.heading).toHaveText('Salle de séance');
    if (title) await this.page.getByLabel('Titre montré aux participant·es').fill(title);
    await beforeOpening?.();
    await this.page.getByRole('button', { name: 'Ouvrir la salle' }).click();
    await expect(this.inviteInput).toBeVisible({ timeout: 20_000 });
    return this.inviteInput.inputValue();
  }

  lobbyEntry(name: string): Locator {
    return this.page
      .getByRole('region', { name: /^Salle d’attente/ })
      .getByRole('listitem')
      .filter({ hasText: name });
  }

  async admit(name: string): Promise<void> {
    await expect(this.lobbyEntry(name)).toContainText('A accepté les accords');
    await this.page.getByRole('button', { name: `Faire entrer ${name}` }).click();
    await expect(this.lobbyEntry(name)).toHaveCount(0);
  }

  async decline(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Refuser ${name}` }).click();
    await expect(this.lobbyEntry(name)).toHaveCount(0);
  }

  async holdMic(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Couper le micro ${name}` }).click();
    await expect(this.page.getByRole('button', { name: `Rendre le micro ${name}` })).toBeVisible();
  }

  async releaseMic(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Rendre le micro ${name}` }).click();
    await expect(this.page.getByRole('button', { name: `Couper le micro ${name}` })).toBeVisible();
  }

  async closeRoom(): Promise<void> {
    await this.page.getByRole('button', { name: 'Fermer la salle' }).click();
    await this.page.getByRole('button', { name: 'Oui, fermer' }).click();
    await expect(this.page.getByText('La salle est fermée.')).toBeVisible();
  }
}

/** A group, a plan and a session scheduled in an hour, made through the app's own API. */
export async function seedSession(page: Page, groupName = 'Groupe du jeudi'): Promise<string> {
  return page.evaluate(async (name) => {
    type Result<T> = { ok: true; value: T } | { ok: false; error: { message: string } };
    const cercle = (
      window as unknown as {
        cercle: Record<string, Record<string, (i: unknown) => Promise<Result<{ id: string }>>>>;
      }
    ).cercle;
    const unwrap = <T>(result: Result<T>): T => {
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    };
    const group = unwrap(await cercle['groups']!['create']!({ name }));
    const plan = unwrap(
      await cercle['plans']!['create']!({ name: 'Séance type', source: { empty: true } }),
    );
    const session = unwrap(
      await cercle['sessions']!['schedule']!({
        groupId: group.id,
        planId: plan.id,
        scheduledAt: Date.now() + 60 * 60_000,
      }),
    );
    return session.id;
  }, groupName);
}
