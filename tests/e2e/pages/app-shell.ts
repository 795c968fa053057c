import { expect, type Locator, type Page } from '@playwright/test';

export type ScreenName = 'groups' | 'plans' | 'sessions' | 'reports' | 'settings';
export type Language = 'fr' | 'en';

const navLabels: Record<Language, Record<ScreenName, string>> = {
  fr: {
    groups: 'Groupes',
    plans: 'Plans',
    sessions: 'Séances',
    reports: 'Rapports',
    settings: 'Réglages',
  },
  en: {
    groups: 'Groups',
    plans: 'Plans',
    sessions: 'Sessions',
    reports: 'Reports',
    settings: 'Settings',
  },
};

const shellText: Record<Language, { nav: string; languageSelect: string; saved: string }> = {
  fr: {
    nav: 'Navigation principale',
    languageSelect: 'Langue de l’interface',
    saved: 'Langue enregistrée : français.',
  },
  en: {
    nav: 'Main navigation',
    languageSelect: 'Interface language',
    saved: 'Language saved: English.',
  },
};

/** The facilitator app's frame: navigation, screen title, result messages, language. */
export class AppShell {
  constructor(readonly page: Page) {}

  /** The language the page says it is in (`<html lang>`), which picks the labels to look for. */
  async language(): Promise<Language> {
    const lang = await this.page.locator('html').getAttribute('lang');
    return lang === 'en' ? 'en' : 'fr';
  }

  async nav(): Promise<Locator> {
    const text = shellText[await this.language()];
    return this.page.getByRole('navigation', { name: text.nav });
  }

  async navItem(screen: ScreenName): Promise<Locator> {
    const labels = navLabels[await this.language()];
    return (await this.nav()).getByRole('button', { name: labels[screen], exact: true });
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** The polite live region where each action's result is said. */
  get status(): Locator {
    return this.page.getByRole('status');
  }

  async goTo(screen: ScreenName): Promise<void> {
    const item = await this.navItem(screen);
    if ((await item.getAttribute('aria-current')) === 'page') return;
    await item.click();
    await expect(item).toHaveAttribute('aria-current', 'page');
    await expect(this.heading).toBeFocused();
  }

  async languageSelect(): Promise<Locator> {
    return this.page.getByLabel(shellText[await this.language()].languageSelect);
  }

  /** Picks the interface language in Settings and waits until it is saved and shown. */
  async setLanguage(language: Language): Promise<void> {
    await this.goTo('settings');
    await (await this.languageSelect()).selectOption(language);
    await expect(this.page.locator('html')).toHaveAttribute('lang', language);
    await expect(this.status).toHaveText(shellText[language].saved);
  }

  async expectLanguage(language: Language): Promise<void> {
    await expect(this.page.locator('html')).toHaveAttribute('lang', language);
    const nav = this.page.getByRole('navigation', { name: shellText[language].nav });
    for (const label of Object.values(navLabels[language])) {
      await expect(nav.getByRole('button', { name: label, exact: true })).toBeVisible();
    }
  }
}
