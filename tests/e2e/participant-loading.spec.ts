import { accessSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { Browser, Page, Route } from '@playwright/test';
import WebSocket from 'ws';
import { SignalingClient } from '../../src/shared/signaling/client';
import { launchSessionServer, type TestSessionServer } from '../host/launch-session-server';
import { expect, test } from './fixtures';
import { capturePeerConnections, expectGrowing } from './pages/call-stats';
import { JoinPage } from './pages/join-page';

/*
 * How the participant page arrives on a phone (issue 12): its first screen
 * needs neither the media library nor the other language's words, and the
 * call still gets real media once the library has come.
 */

const key = 'e2e-facilitator-key-loading-0123';
const mediaLibrary = /\/assets\/mediasoup-device-[\w-]+\.js$/;
const frenchWords = /\/assets\/fr-participant-[\w-]+\.js$/;
const englishWords = /\/assets\/en-participant-[\w-]+\.js$/;

function workerMissing(): string | undefined {
  const bin = process.env['MEDIASOUP_WORKER_BIN'];
  if (!bin) return 'MEDIASOUP_WORKER_BIN is not set: no mediasoup worker for the media part';
  try {
    accessSync(bin);
  } catch {
    return `MEDIASOUP_WORKER_BIN points to ${bin}, which does not exist`;
  }
  return undefined;
}

async function openRoom(server: TestSessionServer) {
  const facilitator = await SignalingClient.connect(new WebSocket(server.wsUrl));
  const created = await facilitator.request('createRoom', {
    facilitatorKey: key,
    title: 'Groupe du jeudi',
    agreements: 'Confidentialité\nCe qui est dit ici reste ici.',
    displayName: 'Animation',
  });
  /** Resolves with the person's seat once they accepted the agreements (ask before they do). */
  const accepted = (name: string) =>
    facilitator
      .once('lobbyChanged', ({ lobby }) =>
        lobby.some((entry) => entry.displayName === name && entry.acknowledged),
      )
      .then(({ lobby }) => lobby.find((entry) => entry.displayName === name)!.peerId);
  const admit = (peerId: string) => facilitator.request('admit', { peerId });
  return { facilitator, url: created.invite.url, accepted, admit };
}

/** Every script the page asks for, in order. */
function scriptsRequested(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') urls.push(request.url());
  });
  return urls;
}

async function newParticipant(browser: Browser, language?: 'en') {
  const context = await browser.newContext({
    locale: 'fr-FR',
    viewport: { width: 390, height: 844 },
  });
  await context.addInitScript({ content: capturePeerConnections });
  if (language) {
    await context.addInitScript(
      (saved) => localStorage.setItem('cercle.language', saved),
      language,
    );
  }
  return context.newPage();
}

test.describe('with media', () => {
  let server: TestSessionServer;
  const missing = workerMissing();
  test.skip(missing !== undefined, missing);
  test.beforeAll(async () => {
    if (missing) return;
    server = await launchSessionServer({ facilitatorKey: key, workers: 1 });
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('the first screen shows before the media library is fetched, and the call then gets real media', async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const room = await openRoom(server);
    const alixPage = await newParticipant(browser);
    const alix = new JoinPage(alixPage);
    const scripts = scriptsRequested(alixPage);

    // The library's request is held: the page must not need it to show its first screen.
    let held: Route | undefined;
    let firstScreenShownAtRequest: boolean | undefined;
    await alixPage.route(mediaLibrary, async (route) => {
      firstScreenShownAtRequest = await alix.nameInput.isVisible();
      held = route;
    });
    await alix.open(room.url);
    await expect(alix.nameInput).toBeVisible();
    // Fetched early, once the first screen is up, so the call does not wait for it.
    await expect.poll(() => held !== undefined, { message: 'the library is fetched' }).toBe(true);
    expect(firstScreenShownAtRequest).toBe(true);
    const libraryAt = scripts.findIndex((url) => mediaLibrary.test(url));
    expect(scripts.slice(0, libraryAt).some((url) => frenchWords.test(url))).toBe(true);
    expect(scripts.some((url) => englishWords.test(url))).toBe(false);

    await alix.enterName('Alix');
    await held!.continue();
    await alixPage.unroute(mediaLibrary);
    await alix.checkDevices();
    const alixSeat = room.accepted('Alix');
    await alix.acceptAgreements();
    await room.admit(await alixSeat);
    await alix.expectInCall('Groupe du jeudi');

    const bao = new JoinPage(await newParticipant(browser));
    const baoSeat = room.accepted('Bao');
    await bao.joinLobby(room.url, 'Bao');
    await room.admit(await baoSeat);
    await bao.expectInCall('Groupe du jeudi');
    // Real media both ways, through the media server.
    await expectGrowing(bao.page, 'Alix', 'audioBytes');
    await expectGrowing(bao.page, 'Alix', 'frames');
    await expectGrowing(alixPage, 'Bao', 'audioBytes');
    // Fetched once on each page.
    expect(scripts.filter((url) => mediaLibrary.test(url))).toHaveLength(1);
    room.facilitator.close();
    await alixPage.context().close();
    await bao.page.context().close();
  });
});

test.describe('without media', () => {
  let server: TestSessionServer;
  test.beforeAll(async () => {
    server = await launchSessionServer({ facilitatorKey: key });
  });
  test.afterAll(async () => {
    await server.stop();
  });

  test('only the chosen language’s words load; the other comes when the person switches', async ({
    browser,
  }) => {
    const room = await openRoom(server);
    const page = await newParticipant(browser);
    const join = new JoinPage(page);
    const scripts = scriptsRequested(page);
    await join.open(room.url);
    expect(scripts.filter((url) => frenchWords.test(url))).toHaveLength(1);
    expect(scripts.filter((url) => englishWords.test(url))).toHaveLength(0);

    await page.getByRole('button', { name: 'English' }).click();
    await expect(join.heading).toHaveText('How would you like to appear?');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(scripts.filter((url) => englishWords.test(url))).toHaveLength(1);
    // Back to French: already here, nothing more to fetch.
    await page.getByRole('button', { name: 'Français' }).click();
    await expect(join.heading).toHaveText('Comment voulez-vous apparaître ?');
    expect(scripts.filter((url) => frenchWords.test(url))).toHaveLength(1);
    await page.context().close();

    // Someone who chose English here before gets only English.
    const english = await newParticipant(browser, 'en');
    const englishScripts = scriptsRequested(english);
    await english.goto(room.url);
    await expect(english.getByRole('heading', { level: 1 })).toHaveText(
      'How would you like to appear?',
    );
    expect(englishScripts.filter((url) => englishWords.test(url))).toHaveLength(1);
    expect(englishScripts.filter((url) => frenchWords.test(url))).toHaveLength(0);
    await english.context().close();
    room.facilitator.close();
  });

  test('when the other language cannot be fetched, the page says so and stays as it was', async ({
    browser,
  }) => {
    const room = await openRoom(server);
    const page = await newParticipant(browser);
    const join = new JoinPage(page);
    await page.route(englishWords, (route) => route.abort('internetdisconnected'));
    await join.open(room.url);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      '« English » n’a pas pu être chargé : vérifiez votre connexion, puis réessayez.',
    );
    await expect(join.heading).toHaveText('Comment voulez-vous apparaître ?');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('button', { name: 'Français' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await mkdir('test-results/screenshots', { recursive: true });
    await page.screenshot({ path: 'test-results/screenshots/join-language-failed-390.png' });

    // The connection is back: the same button works.
    await page.unroute(englishWords);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(join.heading).toHaveText('How would you like to appear?');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.context().close();
    room.facilitator.close();
  });

  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    test(`screenshots of the first screen in French and English at ${viewport.width}px`, async ({
      page,
    }) => {
      await mkdir('test-results/screenshots', { recursive: true });
      await page.setViewportSize(viewport);
      const room = await openRoom(server);
      const join = new JoinPage(page);
      await join.open(room.url);
      await page.screenshot({
        path: `test-results/screenshots/join-first-fr-${viewport.width}.png`,
      });
      await page.getByRole('button', { name: 'English' }).click();
      await expect(join.heading).toHaveText('How would you like to appear?');
      await page.screenshot({
        path: `test-results/screenshots/join-first-en-${viewport.width}.png`,
      });
      room.facilitator.close();
    });
  }
});
