import { accessSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { JoinPage } from './pages/join-page';
import { startSignalingOnlyServer, useRemoteServer } from './pages/live-page';
import { RoomPage, seedSession } from './pages/room-page';

/*
 * The screens of the security work as a facilitator meets them: "Nouveau
 * lien" in the room, network hosting with its certificate, and how the
 * association's key is kept. Screenshots in French and English, 1280 and 390 px.
 */

function mediaWorker(): boolean {
  const bin = process.env['MEDIASOUP_WORKER_BIN'];
  if (!bin) return false;
  try {
    accessSync(bin);
    return true;
  } catch {
    return false;
  }
}

const sizes = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;

async function shots(page: Page, name: string, target: Locator): Promise<void> {
  await mkdir('test-results/screenshots', { recursive: true });
  const language = (await page.locator('html').getAttribute('lang')) ?? 'fr';
  for (const size of sizes) {
    await page.setViewportSize(size);
    await target.scrollIntoViewIfNeeded();
    await page.screenshot({
      path: `test-results/screenshots/${name}-${language}-${size.width}.png`,
    });
  }
  await page.setViewportSize(sizes[0]);
}

let signalingOnly: { stop(): Promise<void> } | undefined;
test.afterEach(async () => {
  await signalingOnly?.stop();
  signalingOnly = undefined;
});

test('"Nouveau lien" in the room: the panel says the old link stopped, and it has', async ({
  app,
  browser,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  const room = new RoomPage(page);
  const sessionId = await seedSession(page);
  if (mediaWorker()) await room.hostOnThisComputer();
  else {
    console.log('security screens: no MEDIASOUP_WORKER_BIN: a signaling-only server stands in');
    const key = 'security-e2e-facilitator-key-0123';
    const server = await startSignalingOnlyServer(
      process.env['CERCLE_RENDERER_DIR'] ?? 'out/renderer',
      key,
      new URL(app.host.url).origin,
    );
    signalingOnly = server;
    await useRemoteServer(page, server.url, key);
  }
  const oldLink = await room.openRoom(sessionId, 'Groupe du jeudi');
  const panel = page.getByRole('region', { name: 'Lien d’invitation' });
  await expect(panel.getByText(/l’ancien ne fonctionnera plus/)).toBeVisible();
  const renew = panel.getByRole('button', { name: 'Nouveau lien' });
  await expect(renew).toHaveAccessibleDescription(/l’ancien ne fonctionnera plus/);
  await renew.click();
  await expect(
    page.getByText('Nouveau lien créé. L’ancien ne fonctionne plus\u00a0: envoyez celui-ci.'),
  ).toBeAttached();
  await expect(
    panel.getByText(/^Lien renouvelé à .+\s:\sl’ancien ne fonctionne plus\.$/),
  ).toBeVisible();
  const newLink = await room.inviteInput.inputValue();
  expect(newLink).not.toBe(oldLink);
  await shots(page, 'room-invite-renewed', panel);

  // Someone who still has the old link is told it was replaced; the new one opens the lobby.
  const context = await browser.newContext({ locale: 'fr-FR' });
  const guest = new JoinPage(await context.newPage());
  await guest.open(oldLink);
  await guest.nameInput.fill('Bao');
  await guest.continueButton.click();
  await guest.expectFailure('Ce lien a été remplacé par un nouveau', /Demandez le nouveau lien/);
  await guest.open(newLink);
  await guest.enterName('Bao');
  await context.close();

  const shell = new AppShell(page);
  await shell.setLanguage('en');
  await page.evaluate((id) => (window.location.hash = `#/room/${id}`), sessionId);
  const panelEn = page.getByRole('region', { name: 'Invitation link' });
  await expect(
    panelEn.getByText(/^Link renewed at .+: the old one no longer works\.$/),
  ).toBeVisible();
  await shots(page, 'room-invite-renewed', panelEn);
  await shell.setLanguage('fr');
  await page.evaluate((id) => (window.location.hash = `#/room/${id}`), sessionId);
  await room.closeRoom();
});

test('an association’s key: Settings says how it is kept on this computer', async ({ app }) => {
  const { page } = app;
  await page.evaluate(() => (window.location.hash = '#/settings'));
  await page.getByRole('radio', { name: 'Le serveur de mon association' }).check();
  // The test host has no system key store (like Linux without a keyring).
  const notice = page.getByText(/^Ce système n’offre pas de coffre pour les secrets/);
  await expect(notice).toBeVisible();
  await shots(page, 'settings-remote-key', notice);
  await new AppShell(page).setLanguage('en');
  await page.getByRole('radio', { name: 'My association’s server' }).check();
  const noticeEn = page.getByText(/^This system offers no secret store/);
  await expect(noticeEn).toBeVisible();
  await shots(page, 'settings-remote-key', noticeEn);
});

test.describe('hosting on the local network', () => {
  // The test host's "network" is 127.0.0.1: tests never listen on the machine's real interfaces.
  test.use({ hostEnv: { CERCLE_HOST_NETWORK_LISTEN: '127.0.0.1' } });

  test('TLS with a certificate made here: its fingerprint and what participants will see', async ({
    app,
  }) => {
    test.skip(!mediaWorker(), 'hosting needs a mediasoup worker (MEDIASOUP_WORKER_BIN)');
    const { page } = app;
    await page.evaluate(() => (window.location.hash = '#/settings'));
    await page.getByRole('radio', { name: 'Héberger sur cet ordinateur' }).check();
    await page.getByRole('checkbox', { name: /^Ouvrir aussi au réseau local/ }).check();
    await page.getByRole('button', { name: 'Démarrer' }).click();
    await expect(page.getByRole('status').first()).toHaveText(
      /^En marche\. Les liens d’invitation commencent par\s:\shttps:\/\/127\.0\.0\.1:\d+\/join$/,
      { timeout: 20_000 },
    );
    const details = page.getByRole('region', {
      name: 'Connexion chiffrée, certificat créé sur cet ordinateur',
    });
    await expect(details.locator('code')).toHaveText(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    await expect(details.getByText(/Lisez-leur cette empreinte/)).toBeVisible();
    await shots(page, 'settings-hosting-network', details);

    await new AppShell(page).setLanguage('en');
    const detailsEn = page.getByRole('region', {
      name: 'Encrypted connection, certificate made on this computer',
    });
    await expect(detailsEn.getByText(/Read them this fingerprint/)).toBeVisible();
    await shots(page, 'settings-hosting-network', detailsEn);
  });
});
