import Database from 'better-sqlite3';
import { mkdir } from 'node:fs/promises';
import type { Page, WebSocketRoute } from '@playwright/test';
import { expect, test } from './fixtures';
import { JoinPage } from './pages/join-page';
import { LivePage, seedLiveSession, serveSessions, sessionSummary } from './pages/live-page';
import { ParticipantRoundPage } from './pages/participant-round-page';
import { RoomPage } from './pages/room-page';

/*
 * Attendance when a write fails. The page's IPC (here the test host's
 * loopback WebSocket, the stand-in for Electron's IPC) loses the replies of
 * attendance writes for a while: each write reaches the main process and
 * lands, but the app is told it failed — the worst case for counting twice.
 * The live screen says so (French and English), keeps everything in order,
 * and the retry counts nothing twice. Meanwhile the person passes by mistake,
 * the facilitator goes back, and the person speaks: one turn taken, none passed.
 */

type BridgeMessage = { id: number; channel?: string };

/** Forwards the page's bridge; while `lose()` holds, attendance replies come back as failures. */
async function routeBridge(page: Page, lose: () => boolean): Promise<{ lost: string[] }> {
  const lost: string[] = [];
  await page.routeWebSocket(/\/bridge/, (ws: WebSocketRoute) => {
    const server = ws.connectToServer();
    const losing = new Map<number, string>();
    ws.onMessage((message) => {
      const parsed = JSON.parse(String(message)) as BridgeMessage;
      if (parsed.channel?.startsWith('attendance:') && lose())
        losing.set(parsed.id, parsed.channel);
      server.send(message);
    });
    server.onMessage((message) => {
      const parsed = JSON.parse(String(message)) as BridgeMessage;
      const channel = losing.get(parsed.id);
      if (channel === undefined) {
        ws.send(message);
        return;
      }
      losing.delete(parsed.id);
      lost.push(channel);
      const error = { code: 'DB_UNAVAILABLE', message: 'The reply was lost (test).' };
      ws.send(JSON.stringify({ id: parsed.id, result: { ok: false, error } }));
    });
  });
  return { lost };
}

async function shot(page: Page, name: string, viewport: { width: number; height: number }) {
  await page.setViewportSize(viewport);
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await page.screenshot({ path: `test-results/screenshots/${name}-${viewport.width}.png` });
}
const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };

async function chooseLanguage(page: Page, value: 'en' | 'fr') {
  const label = value === 'en' ? 'Langue de l’interface' : 'Interface language';
  await page.evaluate(() => (window.location.hash = '#/settings'));
  await page.getByLabel(label).selectOption(value);
  await expect(page.locator('html')).toHaveAttribute('lang', value);
}

let stopServer: (() => Promise<void>) | undefined;
test.afterEach(async () => {
  await stopServer?.();
  stopServer = undefined;
});

test('a refused attendance write shows on the live screen, and its retry counts nothing twice', async ({
  app,
  browser,
}) => {
  test.setTimeout(240_000);
  await mkdir('test-results/screenshots', { recursive: true });
  const facilitator = app.page;
  let losing = false;
  const bridge = await routeBridge(facilitator, () => losing);
  await facilitator.reload();
  await expect(facilitator.getByRole('main')).toBeVisible();

  const room = new RoomPage(facilitator);
  const live = new LivePage(facilitator);
  const sessionId = await seedLiveSession(facilitator);
  const server = await serveSessions(facilitator, room);
  stopServer = server.stop;
  if (!server.media)
    console.log('attendance e2e: no MEDIASOUP_WORKER_BIN: a signaling-only server');
  const url = await room.openRoom(sessionId, 'Groupe du jeudi');
  const context = await browser.newContext({ locale: 'fr-FR', viewport: phone });
  const alixPage = await context.newPage();
  const alix = { join: new JoinPage(alixPage), round: new ParticipantRoundPage(alixPage) };
  await alix.join.joinLobby(url, 'Alix');
  await room.admit('Alix');
  await alix.join.expectInCall('Groupe du jeudi');
  // Sam co-facilitates: in the summary by name, in no total.
  const samContext = await browser.newContext({ locale: 'fr-FR', viewport: desktop });
  const sam = new JoinPage(await samContext.newPage());
  await sam.joinLobby(url, 'Sam');
  await room.admit('Sam');
  await sam.expectInCall('Groupe du jeudi');
  await facilitator.getByRole('button', { name: 'Nommer co-animateur·rice Sam' }).click();
  await expect(
    facilitator.getByRole('button', { name: 'Retirer le rôle de co-animateur·rice Sam' }),
  ).toBeVisible();

  await live.startBlock('Lancer le tour', 'Météo');
  await alix.round.expectSpeaker('vous');

  // From here the replies of attendance writes are lost: Alix's pass lands, the app hears "failed".
  losing = true;
  await alix.round.passButton.click();
  await expect(live.turn('Alix')).toHaveAttribute('data-outcome', 'passed');
  const notice = facilitator.getByTestId('attendance-failed');
  await expect(notice).toContainText('La présence n’a pas pu être enregistrée');
  await expect(notice).toContainText('rien ne sera compté deux fois');
  await expect(facilitator.getByRole('alert').filter({ hasText: 'La présence' })).toHaveCount(1);
  await shot(facilitator, 'attendance-failed-fr', desktop);
  await shot(facilitator, 'attendance-failed-fr', phone);

  // Another screen and back: the room and its attendance go on; in English, the same notice.
  await chooseLanguage(facilitator, 'en');
  await facilitator.evaluate((id) => (window.location.hash = `#/room/${id}`), sessionId);
  await expect(notice).toContainText('Attendance could not be saved');
  await expect(notice.getByRole('button', { name: 'Try saving again' })).toBeVisible();
  await shot(facilitator, 'attendance-failed-en', desktop);
  await shot(facilitator, 'attendance-failed-en', phone);
  await chooseLanguage(facilitator, 'fr');
  await facilitator.evaluate((id) => (window.location.hash = `#/room/${id}`), sessionId);
  await facilitator.setViewportSize(desktop);

  // A pass by mistake: back to Alix, who speaks. These wait behind the refused write, in order.
  await live.control('Revenir en arrière').click();
  await alix.round.expectSpeaker('vous');
  await live.control('Personne suivante').click();
  await expect(live.turn('Alix')).toHaveAttribute('data-outcome', 'spoke');
  await expect(notice).toContainText(/\d+ informations attendent d’être écrites/);

  // The store answers again: the retry sends the pass once more (it had landed), then the rest.
  losing = false;
  await notice.getByRole('button', { name: 'Réessayer l’enregistrement' }).click();
  await expect(notice).toHaveCount(0);
  expect(bridge.lost.length).toBeGreaterThan(0);

  await live.endSession();
  const summary = await sessionSummary(facilitator, sessionId);
  expect(summary.people).toEqual([
    expect.objectContaining({ label: 'Alix', counted: true, spoke: 1, passed: 0 }),
    expect.objectContaining({ label: 'Sam', role: 'cofacilitator', counted: false }),
  ]);
  expect(summary.totals).toEqual({ participants: 1, team: 1, rounds: 1, spoke: 1, passed: 0 });
  await expect(live.summary).toContainText('tours pris\u00a0: 1 · passés\u00a0: 0');
  await expect(live.summary).toContainText('hors des totaux (équipe)');
  await shot(facilitator, 'attendance-summary-fr', desktop);
  await shot(facilitator, 'attendance-summary-fr', phone);

  // In the database: one turn, spoken; two stays.
  const db = new Database(app.databasePath, { readonly: true });
  expect(db.prepare('SELECT outcome FROM round_turns').pluck().all()).toEqual(['spoke']);
  expect(db.prepare('SELECT count(*) FROM attendance').pluck().get()).toBe(2);
  db.close();
  await context.close();
  await samContext.close();
});
