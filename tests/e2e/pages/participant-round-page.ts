import { expect, type Locator, type Page } from '@playwright/test';

/** The round panel of the participant page, in French. */
export class ParticipantRoundPage {
  readonly panel: Locator;
  readonly speakerName: Locator;
  readonly countdown: Locator;
  readonly place: Locator;
  readonly passButton: Locator;
  readonly raiseHand: Locator;
  readonly lowerHand: Locator;
  readonly talkingPieceNotice: Locator;

  constructor(readonly page: Page) {
    this.panel = page.locator('section.rounds-panel');
    this.speakerName = this.panel.getByTestId('speaker-name');
    this.countdown = this.panel.getByTestId('countdown');
    this.place = this.panel.getByTestId('my-place');
    this.passButton = this.panel.getByRole('button', { name: 'Je passe' });
    this.raiseHand = this.panel.getByRole('button', { name: 'Lever la main' });
    this.lowerHand = this.panel.getByRole('button', { name: 'Baisser la main' });
    this.talkingPieceNotice = this.panel.getByTestId('talking-piece-notice');
  }

  async expectSpeaker(name: string): Promise<void> {
    await expect(this.speakerName).toHaveText(name);
  }

  async showAgreements(): Promise<Locator> {
    await this.panel.getByRole('button', { name: 'Voir les accords' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Les accords du groupe' });
    await expect(dialog).toBeVisible();
    return dialog;
  }
}

/** What a page's countdown shows, and when (its own clock, and the machine's wall clock). */
export type CountdownSample = {
  remainingMs: number;
  /** The page's clock when that figure was computed (a frame, or the 250 ms tick). */
  frameAt: number;
  /** The page's clock when it was read. */
  readAt: number;
  /** Date.now() when it was read: the same clock on every page of this machine. */
  wallAt: number;
  /** The round trip behind the page's server-clock offset (the offset is within half of it). */
  clockRttMs: number;
};

export function sampleCountdown(page: Page, countdown: Locator): Promise<CountdownSample> {
  return countdown.evaluate((element) => {
    const data = (element as HTMLElement).dataset;
    return {
      remainingMs: Number(data['remainingMs']),
      frameAt: Number(data['frameAt']),
      readAt: performance.timeOrigin + performance.now(),
      wallAt: Date.now(),
      clockRttMs: Number(data['clockRttMs']),
    };
  });
}

/**
 * Reads every page's countdown at (nearly) the same moment and brings each
 * figure to one common wall-clock instant: a running countdown loses what
 * elapsed since its frame, and what elapsed between the readings. Returns
 * the largest difference between two pages, in ms, and each page's clock round trip.
 */
export async function countdownSpread(
  readings: readonly { page: Page; countdown: Locator }[],
): Promise<{ spreadMs: number; rttMs: number[] }> {
  const samples = await Promise.all(readings.map((r) => sampleCountdown(r.page, r.countdown)));
  const common = Math.max(...samples.map((s) => s.wallAt));
  const aligned = samples.map((s) => s.remainingMs - (s.readAt - s.frameAt) - (common - s.wallAt));
  return {
    spreadMs: Math.max(...aligned) - Math.min(...aligned),
    rttMs: samples.map((s) => s.clockRttMs),
  };
}
