import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { capturePeerConnections, expectGrowing, expectStopped } from './pages/call-stats';
import { JoinPage } from './pages/join-page';
import {
  LivePage,
  mediaWorker,
  seedLiveSession,
  serveSessions,
  sessionSummary,
} from './pages/live-page';
import { countdownSpread, ParticipantRoundPage } from './pages/participant-round-page';
import { RoomPage } from './pages/room-page';

/*
 * A whole live session with the real session server (hosted by the app
 * through the test host) and three Chromium pages: the facilitator's app and
 * two participants with fake camera and microphone. Admission, a round with
 * a pass and an extension, a hand queue, someone leaving mid-round, talking
 * piece (where mediasoup runs), notes, the end of the session and what the
 * database kept.
 */

/** This page's clock runs 7 s ahead of everyone's: the server-clock offset must absorb it. */
const clockAhead = `(() => {
  const real = performance.now.bind(performance);
  performance.now = () => real() + 7000;
})();`;

async function participant(
  browser: Browser,
  viewport: { width: number; height: number },
  scripts: string[],
): Promise<{ join: JoinPage; round: ParticipantRoundPage }> {
  const context = await browser.newContext({ locale: 'fr-FR', viewport });
  for (const content of scripts) await context.addInitScript({ content });
  const page = await context.newPage();
  return { join: new JoinPage(page), round: new ParticipantRoundPage(page) };
}

async function shot(page: Page, name: string, viewport: { width: number; height: number }) {
  await page.setViewportSize(viewport);
  // The top of the screen, as a person arriving on it sees it (not where a field kept focus).
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    for (const element of Array.from(document.querySelectorAll('*'))) element.scrollTop = 0;
    window.scrollTo(0, 0);
  });
  await page.screenshot({ path: `test-results/screenshots/${name}-${viewport.width}.png` });
}
const desktop = { width: 1280, height: 800 };

/** Without a mediasoup worker the app cannot host media: a signaling-only server stands in. */
let stopServer: (() => Promise<void>) | undefined;
test.afterEach(async () => {
  await stopServer?.();
  stopServer = undefined;
});
const narrow = { width: 420, height: 900 };
const phone = { width: 390, height: 844 };

test('a live session: admission, a round with a pass and an extension, a hand queue, a departure, the summary', async ({
  app,
  browser,
}) => {
  test.setTimeout(300_000);
  await mkdir('test-results/screenshots', { recursive: true });
  const media = mediaWorker();
  if (!media) {
    console.log(
      'live e2e: no MEDIASOUP_WORKER_BIN: a signaling-only server, and the talking-piece media check skipped',
    );
  }

  const facilitator = app.page;
  await facilitator.context().addInitScript({ content: capturePeerConnections });
  const room = new RoomPage(facilitator);
  const live = new LivePage(facilitator);
  const sessionId = await seedLiveSession(facilitator);
  stopServer = (await serveSessions(facilitator, room)).stop;
  const url = await room.openRoom(sessionId, 'Groupe du jeudi');

  const alix = await participant(browser, phone, [capturePeerConnections]);
  const bao = await participant(browser, desktop, [capturePeerConnections, clockAhead]);
  await alix.join.joinLobby(url, 'Alix');
  await bao.join.joinLobby(url, 'Bao');
  await room.admit('Alix');
  await room.admit('Bao');
  await alix.join.expectInCall('Groupe du jeudi');
  await bao.join.expectInCall('Groupe du jeudi');
  await expect(alix.round.panel).toContainText('Pas de tour de parole pour l’instant');

  // The agreements, put on everyone's screen in one click.
  const agreements = await live.openDialog('Accords du groupe', 'Les accords du groupe');
  await agreements.getByRole('button', { name: 'Montrer à tout le monde' }).click();
  await expect(agreements.getByTestId('agreements-sent')).toHaveText(
    'Les accords sont affichés chez tout le monde.',
  );
  const shown = alix.join.page.getByRole('dialog', { name: 'Les accords du groupe' });
  await expect(shown.getByTestId('agreements-shown-note')).toHaveText(
    'L’animateur·rice affiche les accords du groupe.',
  );
  await alix.join.page.keyboard.press('Escape');
  await expect(shown).toBeHidden();
  // Bao got it too (a modal: it must be closed before Bao can act).
  const shownToBao = bao.join.page.getByRole('dialog', { name: 'Les accords du groupe' });
  await expect(shownToBao).toBeVisible();
  await bao.join.page.keyboard.press('Escape');
  await expect(shownToBao).toBeHidden();
  await live.closeDialog(agreements);

  // The agenda starts the check-in round with the plan's 1 minute each; join order: Alix, Bao.
  await live.startBlock('Lancer le tour', 'Météo');
  await expect(live.speakerName).toHaveText('Alix');
  await alix.round.expectSpeaker('vous');
  await bao.round.expectSpeaker('Alix');
  await expect(bao.round.place).toHaveText('Vous êtes la prochaine personne à parler.');
  const speakers = await Promise.all(
    [live.round, alix.round.panel, bao.round.panel].map((panel) =>
      panel.getAttribute('data-speaker'),
    ),
  );
  expect(new Set(speakers).size, `same speaker everywhere: ${speakers.join(', ')}`).toBe(1);

  // Every page shows the same time left (Bao's clock is 7 s ahead: the offset absorbs it).
  let worst = 0;
  let rtts: number[] = [];
  for (let i = 0; i < 8; i += 1) {
    const reading = await countdownSpread([
      { page: facilitator, countdown: live.countdown },
      { page: alix.join.page, countdown: alix.round.countdown },
      { page: bao.join.page, countdown: bao.round.countdown },
    ]);
    worst = Math.max(worst, reading.spreadMs);
    rtts = reading.rttMs;
  }
  console.log(
    `displayed time left across the 3 pages: worst difference ${worst.toFixed(1)} ms over 8 readings ` +
      `(clock round trips: facilitator ${rtts[0]?.toFixed(1)} ms, Alix ${rtts[1]?.toFixed(1)} ms, Bao ${rtts[2]?.toFixed(1)} ms; Bao's clock 7 s ahead)`,
  );
  expect(worst).toBeLessThan(100);

  // One extension of 30 s: everyone sees more than the minute the turn had.
  await live.control('+30 s').click();
  await live.expectRemainingAbove(60_000);
  await expect
    .poll(async () => Number(await alix.round.countdown.getAttribute('data-remaining-ms')))
    .toBeGreaterThan(60_000);
  await expect(alix.round.passButton).toBeVisible();
  await expect(bao.round.passButton).toHaveCount(0);

  // "P" pauses and resumes, from anywhere but a text field.
  await facilitator.locator('body').press('p');
  await expect(bao.round.countdown).toHaveAttribute('data-status', 'paused');
  await expect(bao.round.countdown).toContainText('En pause');
  await facilitator.locator('body').press('p');
  await expect(bao.round.countdown).toHaveAttribute('data-status', 'normal');

  await live.writeSessionNote('Alix arrive fatiguée, à revoir en fin de séance.');
  await shot(facilitator, 'live-facilitator-round', desktop);
  await facilitator.screenshot({
    path: 'test-results/screenshots/live-facilitator-round-full-1280.png',
    fullPage: true,
  });
  await shot(facilitator, 'live-facilitator-round', narrow);
  await facilitator.setViewportSize(desktop);
  await shot(alix.join.page, 'live-participant-speaking', phone);
  await shot(bao.join.page, 'live-participant-waiting', desktop);
  await shot(bao.join.page, 'live-participant-waiting', phone);
  await bao.join.page.setViewportSize(desktop);

  if (media) {
    // Talking piece: Bao's microphone stops at the server, Alix (speaking) still flows.
    await expectGrowing(facilitator, 'Bao', 'audioBytes');
    await live.talkingPieceSwitch().check();
    await expect(bao.round.talkingPieceNotice).toContainText(
      'Le micro est réservé à la personne qui parle',
    );
    await expectStopped(facilitator, 'Bao', 'audioBytes');
    await expectStopped(alix.join.page, 'Bao', 'audioBytes');
    await expectGrowing(bao.join.page, 'Alix', 'audioBytes');
    await shot(bao.join.page, 'live-participant-talking-piece', phone);
    await bao.join.page.setViewportSize(desktop);
    await live.talkingPieceSwitch().uncheck();
    await expect(bao.round.talkingPieceNotice).toHaveCount(0);
    await expectGrowing(facilitator, 'Bao', 'audioBytes');
    await expectGrowing(alix.join.page, 'Bao', 'audioBytes');
  }

  // Next: Bao's turn, and Bao passes.
  await live.control('Personne suivante').click();
  await bao.round.expectSpeaker('vous');
  await alix.round.expectSpeaker('Bao');
  await expect(live.speakerName).toHaveText('Bao');
  await bao.round.passButton.click();
  await expect(live.speakerName).toHaveText('tout le monde a eu son tour');
  await expect(bao.round.place).toHaveText('Vous avez passé votre tour.');
  await expect(alix.round.place).toHaveText('Vous avez eu votre tour.');
  await expect(live.turn('Alix')).toHaveAttribute('data-outcome', 'spoke');
  await expect(live.turn('Bao')).toHaveAttribute('data-outcome', 'passed');

  // Open floor (the round ends on its own): first raised, first served.
  await live.startBlock('Ouvrir la parole', 'Échange libre');
  await expect(bao.round.panel).toHaveAttribute('data-kind', 'openFloor');
  await bao.round.raiseHand.click();
  await expect(live.queueEntry('Bao')).toBeVisible();
  await alix.round.raiseHand.click();
  await expect(alix.round.place).toHaveText('Votre main est levée : 1 personne avant vous.');
  await expect(live.round.locator('.live-queue .live-turn')).toHaveText([/Bao/, /Alix/]);
  await live.control('Donner la parole à la main suivante').click();
  await expect(live.speakerName).toHaveText('Bao');
  await alix.round.expectSpeaker('Bao');
  await expect(alix.round.place).toHaveText(
    'Votre main est levée : vous êtes la première personne de la file.',
  );
  await live.control('Donner la parole à la main suivante').click();
  await alix.round.expectSpeaker('vous');
  await bao.round.expectSpeaker('Alix');

  // Closing round, the facilitator taking part: Animation, Alix, Bao in order of arrival.
  await live.control('Terminer la parole libre').click();
  await facilitator.getByLabel('L’équipe d’animation prend part au tour').check();
  await live.startBlock('Lancer le tour', 'Tour de clôture');
  await alix.round.expectSpeaker('Animation');
  await expect(live.round.locator('.live-turn')).toHaveText([/Animation/, /Alix/, /Bao/]);
  // Reordered with the keyboard: Alix moves down, focus stays with Alix.
  const down = live.round.getByRole('button', { name: 'Descendre Alix' });
  await down.focus();
  await facilitator.keyboard.press('Enter');
  await expect(live.round.locator('.live-turn')).toHaveText([/Animation/, /Bao/, /Alix/]);
  await expect(live.round.getByRole('button', { name: 'Monter Alix' })).toBeFocused();
  await expect(alix.round.place).toHaveText('1 personne avant vous.');
  // And back up by drag and drop.
  await live.turn('Alix').dragTo(live.turn('Bao'));
  await expect(live.round.locator('.live-turn')).toHaveText([/Animation/, /Alix/, /Bao/]);
  await expect(alix.round.place).toHaveText('Vous êtes la prochaine personne à parler.');
  // Bao leaves while waiting: when their turn comes, the round skips them.
  await bao.join.page.getByRole('button', { name: 'Quitter la séance' }).click();
  await expect(live.turn('Bao')).toHaveAttribute('data-outcome', 'left');
  await live.control('Personne suivante').click();
  await alix.round.expectSpeaker('vous');
  await expect(live.speakerName).toHaveText('Alix');
  await live.control('Personne suivante').click();
  await expect(live.speakerName).toHaveText('tout le monde a eu son tour');
  await alix.round.expectSpeaker('tout le monde a eu son tour');

  // A short round started by hand: the colours change with words, and the speaker is warned.
  await live.control('Terminer le tour').click();
  await facilitator.getByLabel('L’équipe d’animation prend part au tour').uncheck();
  await live.round.getByText('Démarrer autre chose').click();
  await live.round.getByLabel('Temps par personne (minutes)').fill('0,1');
  await live.round.getByRole('button', { name: 'Démarrer', exact: true }).click();
  await alix.round.expectSpeaker('vous');
  await expect(alix.round.countdown).toHaveAttribute('data-status', 'wrapUp');
  await expect(alix.round.countdown).toContainText('Bientôt la fin');
  await shot(alix.join.page, 'live-participant-wrap-up', phone);
  await expect(alix.round.countdown).toHaveAttribute('data-status', 'overtime');
  await expect(alix.round.countdown).toContainText('Temps dépassé');
  await expect(alix.join.page.getByTestId('round-warning')).toHaveText('Votre temps est dépassé.');
  await expect(live.countdown).toHaveAttribute('data-status', 'overtime');
  await shot(alix.join.page, 'live-participant-overtime', phone);
  await shot(facilitator, 'live-facilitator-overtime', desktop);

  // Crisis lines and the shortcuts' help, one click (or key) away.
  const crisis = await live.openDialog('Ressources de crise', 'En cas de crise');
  await expect(crisis).toContainText('3114');
  await facilitator.screenshot({ path: 'test-results/screenshots/live-crisis-1280.png' });
  await live.closeDialog(crisis);
  await facilitator.locator('body').press('?');
  const help = facilitator.getByRole('dialog', { name: 'Raccourcis clavier' });
  await expect(help).toContainText('Personne suivante');
  await live.closeDialog(help);

  await live.endSession();
  await expect(live.summary).toContainText('Alix');
  await expect(live.summary).toContainText('Bao');
  await shot(facilitator, 'live-summary', desktop);
  await expect(alix.join.heading).toHaveText('La séance est terminée');

  // What the database kept, as the summary channel reads it.
  const summary = await sessionSummary(facilitator, sessionId);
  const byName = Object.fromEntries(summary.people.map((p) => [p.label, p]));
  expect(byName['Alix']).toMatchObject({ spoke: 3, passed: 0 });
  expect(byName['Bao']).toMatchObject({ spoke: 0, passed: 1 });
  // The facilitator took a turn in the closing round: team turns count in no total.
  expect(summary.totals).toMatchObject({ participants: 2, team: 0, rounds: 3, spoke: 3 });
  expect(byName['Bao']?.leftAt).not.toBeNull();
  // A first session of the group: nobody is counted as returning.
  expect(summary.people.map((p) => p.returning)).toEqual([false, false]);
  expect(summary.rounds.map((r) => r.kind)).toEqual(['round', 'openFloor', 'round', 'round']);

  await alix.join.page.context().close();
  await bao.join.page.context().close();
});
