import { accessSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import { expect, test, type AppHandle } from './fixtures';
import {
  capturePeerConnections,
  expectGrowing,
  expectStopped,
  firstFrameAfter,
  firstVoiceAfterStart,
  inbound,
  mediaWorkersUnder,
} from './pages/call-stats';
import { JoinPage } from './pages/join-page';
import { RoomPage, seedSession } from './pages/room-page';

/*
 * Real media: the facilitator's app page hosts the session server (with a
 * mediasoup worker) through the test host, two participants join from
 * Chromium with fake devices, and WebRTC statistics show what each receives.
 */

function mediaSkipReason(): string | undefined {
  const bin = process.env['MEDIASOUP_WORKER_BIN'];
  if (!bin) return 'MEDIASOUP_WORKER_BIN is not set: no mediasoup worker to run media tests';
  try {
    accessSync(bin);
  } catch {
    return `MEDIASOUP_WORKER_BIN points to ${bin}, which does not exist`;
  }
  return undefined;
}

async function participant(browser: Browser): Promise<JoinPage> {
  const context = await browser.newContext({
    locale: 'fr-FR',
    viewport: { width: 390, height: 844 },
  });
  await context.addInitScript({ content: capturePeerConnections });
  return new JoinPage(await context.newPage());
}

async function shot(page: Page, name: string, viewport: { width: number; height: number }) {
  await page.setViewportSize(viewport);
  await page.screenshot({ path: `test-results/screenshots/${name}-${viewport.width}.png` });
}
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 800 };

type Call = {
  facilitator: Page;
  room: RoomPage;
  alix: JoinPage;
  bao: JoinPage;
  admittedAt: number;
};

/**
 * Hosts the server from Settings, opens a room, and lets Alix (video) and
 * Bao (audio only) in; with `shots`, photographs Settings and the lobby on the way.
 */
async function startCall(app: AppHandle, browser: Browser, shots = false): Promise<Call> {
  const facilitator = app.page;
  await facilitator.context().addInitScript({ content: capturePeerConnections });
  const room = new RoomPage(facilitator);
  const sessionId = await seedSession(facilitator);
  await room.hostOnThisComputer();
  if (shots) await shot(facilitator, 'settings-hosting', desktop);
  const url = await room.openRoom(sessionId, 'Groupe du jeudi', async () => {
    if (shots) await shot(facilitator, 'room-prepare', desktop);
  });
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/join\/[A-Za-z0-9_-]+#invite=/);
  const alix = await participant(browser);
  const bao = await participant(browser);
  await alix.joinLobby(url, 'Alix');
  await bao.joinLobby(url, 'Bao', { audioOnly: true });
  await expect(room.lobbyEntry('Bao')).toContainText('A accepté les accords');
  if (shots) {
    await shot(facilitator, 'room-lobby', desktop);
    await shot(facilitator, 'room-lobby', phone);
    await facilitator.setViewportSize(desktop);
  }
  const admittedAt = await facilitator.evaluate(() => performance.now());
  await room.admit('Alix');
  await room.admit('Bao');
  await alix.expectInCall('Groupe du jeudi');
  await bao.expectInCall('Groupe du jeudi');
  return { facilitator, room, alix, bao, admittedAt };
}

function skipWithoutWorker(): void {
  const skip = mediaSkipReason();
  if (skip) console.log(`media e2e skipped: ${skip}`);
  test.skip(skip !== undefined, skip);
  test.setTimeout(240_000);
}

test('the facilitator and two participants hear and see each other through the media server', async ({
  app,
  browser,
}) => {
  skipWithoutWorker();
  await mkdir('test-results/screenshots', { recursive: true });
  const { facilitator, room, alix, bao, admittedAt } = await startCall(app, browser, true);

  const [facilitatorFrame, alixFrame, baoVoice] = await Promise.all([
    firstFrameAfter(facilitator, admittedAt),
    firstFrameAfter(alix.page),
    firstVoiceAfterStart(bao.page),
  ]);
  console.log(
    `join → first remote frame: facilitator ${facilitatorFrame} ms after letting Alix in; ` +
      `Alix ${alixFrame} ms after entering; Bao (audio only, receives no video): ` +
      `first remote voice ${baoVoice} ms after entering`,
  );

  // Each page receives the others' voices, and pictures from those who send them.
  await expectGrowing(facilitator, 'Alix', 'audioBytes');
  await expectGrowing(facilitator, 'Alix', 'frames');
  await expectGrowing(facilitator, 'Bao', 'audioBytes');
  await expectGrowing(alix.page, 'Animation', 'audioBytes');
  await expectGrowing(alix.page, 'Animation', 'frames');
  await expectGrowing(alix.page, 'Bao', 'audioBytes');
  await expectGrowing(bao.page, 'Animation', 'audioBytes');
  await expectGrowing(bao.page, 'Alix', 'audioBytes');

  // Bao is audio-only: no video of theirs anywhere, and none sent to them.
  expect((await inbound(facilitator)).videoStreams).toBe(1);
  expect((await inbound(alix.page)).videoStreams).toBe(1);
  expect((await inbound(facilitator)).byName['Bao']?.videoBytes ?? 0).toBe(0);
  expect((await inbound(bao.page)).videoStreams).toBe(0);
  await expect(alix.tile('Bao')).toContainText('Audio seul');
  await expect(alix.tile('Bao').locator('video')).toHaveCount(0);

  await shot(alix.page, 'join-6-call', phone);
  await shot(alix.page, 'join-6-call', desktop);
  await shot(facilitator, 'room-call', desktop);
  await shot(facilitator, 'room-call', phone);
  await facilitator.setViewportSize(desktop);

  // The facilitator pauses Alix's microphone at the server: nobody receives it any more.
  await room.holdMic('Alix');
  await expect(
    alix.page.getByText('Votre micro a été coupé par l’animateur·rice.').first(),
  ).toBeVisible();
  await expect(bao.tile('Alix')).toContainText('Micro coupé');
  await expectStopped(facilitator, 'Alix', 'audioBytes');
  await expectStopped(bao.page, 'Alix', 'audioBytes');
  await expectGrowing(bao.page, 'Animation', 'audioBytes');
  await shot(alix.page, 'join-7-call-held', phone);

  await room.releaseMic('Alix');
  await expect(bao.tile('Alix')).not.toContainText('Micro coupé');
  await expectGrowing(facilitator, 'Alix', 'audioBytes');
  await expectGrowing(bao.page, 'Alix', 'audioBytes');

  await room.closeRoom();
  await alix.expectFailure('La séance est terminée', 'Si vous pensez que c’est une erreur');
  await bao.expectFailure('La séance est terminée', 'Si vous pensez que c’est une erreur');
  await alix.page.context().close();
  await bao.page.context().close();
});

test('audio only during the call, a media worker that dies, and the facilitator’s moderation', async ({
  app,
  browser,
}) => {
  skipWithoutWorker();
  const { facilitator, room, alix, bao } = await startCall(app, browser);
  await expectGrowing(facilitator, 'Alix', 'frames');

  // Alix switches to audio only: sends and receives no video; then back.
  await alix.page.getByRole('switch', { name: /^Audio seul/ }).check();
  await expect(room.page.locator('.tile').filter({ hasText: 'Alix' })).toContainText('Audio seul');
  await expect(room.page.locator('.tile').filter({ hasText: 'Alix' }).locator('video')).toHaveCount(
    0,
  );
  await expect.poll(async () => (await inbound(alix.page)).videoStreams).toBe(0);
  await alix.page.getByRole('switch', { name: /^Audio seul/ }).uncheck();
  await expectGrowing(facilitator, 'Alix', 'frames');
  await expectGrowing(alix.page, 'Animation', 'frames');

  // The media worker dies: the server replaces it and every page sets its media up again.
  const workers = mediaWorkersUnder(app.host.child.pid!);
  expect(workers).toHaveLength(1);
  process.kill(workers[0]!, 'SIGKILL');
  await expect(
    alix.page.getByText('Le serveur a redémarré le son et l’image. Tout revient dans un instant.'),
  ).toBeAttached({ timeout: 20_000 });
  await expectGrowing(facilitator, 'Alix', 'frames');
  await expectGrowing(alix.page, 'Animation', 'frames');
  await expectGrowing(bao.page, 'Alix', 'audioBytes');

  // Co-facilitation, lock, removal.
  await room.page.getByRole('button', { name: 'Nommer co-animateur·rice Bao' }).click();
  await expect(alix.tile('Bao')).toContainText('Co-animateur·rice');
  await room.page.getByRole('button', { name: 'Verrouiller la salle' }).click();
  await expect(room.page.getByText('Salle verrouillée : personne de nouveau')).toBeVisible();
  await room.page.getByRole('button', { name: 'Retirer de la séance Bao' }).click();
  await room.page.getByRole('button', { name: 'Oui, retirer' }).click();
  await bao.expectFailure('Vous avez été retiré·e de la séance', 'Contactez l’animateur·rice');
  await expect(alix.tile('Bao')).toHaveCount(0);
  await alix.page.context().close();
  await bao.page.context().close();
});
