import { expect, type Locator, type Page } from '@playwright/test';

/** The Sessions screen, in French, and the page of one session. */
export class SessionsPage {
  readonly heading: Locator;
  readonly status: Locator;
  readonly groupSelect: Locator;
  readonly dateInput: Locator;
  readonly timeInput: Locator;
  readonly planSelect: Locator;
  readonly scheduleButton: Locator;
  readonly upcoming: Locator;
  readonly past: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.status = page.getByRole('status');
    this.groupSelect = page.getByLabel('Groupe', { exact: true });
    this.dateInput = page.getByLabel('Date', { exact: true });
    this.timeInput = page.getByLabel(/^Heure \(sur 24/);
    this.planSelect = page.getByLabel('Plan', { exact: true });
    this.scheduleButton = page.getByRole('button', { name: 'Programmer la séance' });
    this.upcoming = page.getByRole('region', { name: /^À venir/ });
    this.past = page.getByRole('region', { name: /^Passées et annulées/ });
  }

  async schedule(date: string, time: string, plan: string): Promise<void> {
    await this.dateInput.fill(date);
    await this.timeInput.fill(time);
    await this.planSelect.selectOption({ label: plan });
    await this.scheduleButton.click();
    await expect(this.status).toHaveText(
      new RegExp(`^Séance programmée le .* ${time} avec le plan «\\s${plan}\\s»\\.$`),
    );
  }

  upcomingRows(): Locator {
    return this.upcoming.getByRole('listitem');
  }

  /** Opens the session whose row shows this time, and waits for its page. */
  async open(row: Locator): Promise<void> {
    await row.getByRole('link').click();
    await expect(this.heading).toHaveText(/^Séance du /);
  }

  /** On a session's page: the frozen plan's table. */
  get frozenPlan(): Locator {
    return this.page.getByRole('table');
  }
}
