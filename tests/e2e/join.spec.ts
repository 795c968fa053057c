import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import WebSocket from 'ws';
import { SignalingClient } from '../../src/shared/signaling/client';
import type { LobbyEntry } from '../../src/shared/signaling';
import { flakyNetwork } from '../host/flaky-network';
import { launchSessionServer, type TestSessionServer } from '../host/launch-session-server';
import { expect, test } from './fixtures';
import { devicesAs, JoinPage } from './pages/join-page';

/*
 * The participant page against a real session server (signaling only: the
 * media tests are in media.spec.ts). The facilitator is a signaling client
 * here, as the desktop app is one.
 */

const key = 'e2e-facilitator-key-0123456789';
const agreements =
  'Confidentialité\nCe qui est dit ici reste ici.\n\nBienveillance\nNous accueillons sans juger.\n\nLiberté de passer\n« Je passe » est toujours permis.';
let server: TestSessionServer;

test.beforeAll(async () => {
  server = await launchSessionServer({ facilitatorKey: key });
});
test.afterAll(async () => {
  await server.stop();
});

async function openRoom(inviteTtlMinutes?: number) {
  const facilitator = await SignalingClient.connect(new WebSocket(server.wsUrl));
  const created = await facilitator.request('createRoom', {
    facilitatorKey: key,
    title: 'Groupe du jeudi',
    agreements,
    displayName: 'Animation',
    ...(inviteTtlMinutes ? { inviteTtlMinutes } : {}),
  });
  const waiting = (name: string, accepted = true): Promise<LobbyEntry> =>
    facilitator
      .once('lobbyChanged', ({ lobby }) =>
        lobby.some((e) => e.displayName === name && e.acknowledged === accepted),
      )
      .then(({ lobby }) => lobby.find((e) => e.displayName === name)!);
  return { facilitator, url: created.invite.url, created, waiting };
}

test('a participant goes from the link to the call: name, devices, agreements, lobby', async ({
  page,
}) => {
  const room = await openRoom();
  const join = new JoinPage(page);
  await join.open(room.url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByText('Étape 1 sur 4')).toBeVisible();
  await expect(page.getByText(/un pseudonyme suffit/)).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(join.heading).toHaveText('How would you like to appear?');
  await page.getByRole('button', { name: 'Français' }).click();

  await join.continueButton.click();
  await expect(join.nameInput).toHaveAttribute('aria-invalid', 'true');
  await expect(join.nameInput).toHaveAccessibleDescription(/^Écrivez un prénom ou un pseudonyme\./);
  await join.nameInput.fill('x'.repeat(41));
  await join.continueButton.click();
  await expect(
    page.getByText('Ce nom est trop long : 40 caractères au plus (il en fait 41).'),
  ).toBeVisible();

  const reading = room.waiting('Alix', false);
  await join.enterName('  Alix ');
  expect((await reading).connected).toBe(true);
  await expect(page.getByText('Séance : Groupe du jeudi')).toBeVisible();

  await join.checkDevices();
  await expect(page.getByRole('listitem')).toHaveText([
    /^ConfidentialitéCe qui est dit ici reste ici\./,
    /^Bienveillance/,
    /^Liberté de passer/,
  ]);
  await expect(join.heading).toBeFocused();

  const accepted = room.waiting('Alix');
  await join.acceptAgreements();
  const entry = await accepted;
  await expect(join.heading).toBeFocused();

  const admitted = page.getByRole('status').filter({ hasText: 'Vous entrez dans la séance.' });
  await room.facilitator.request('admit', { peerId: entry.peerId });
  await join.expectInCall('Groupe du jeudi');
  await expect(admitted).toBeAttached();
  await expect(join.tile('Alix (vous)')).toBeVisible();
  await expect(join.tile('Animation')).toContainText('Animateur·rice');
  // This server runs without media: the page says so instead of failing silently.
  await expect(page.getByRole('alert')).toHaveText(
    'Ce serveur ne transmet pas le son ni l’image pour l’instant. Prévenez l’animateur·rice.',
  );

  await page.getByRole('button', { name: 'Quitter la séance' }).click();
  await join.expectFailure(
    'Vous avez quitté la séance',
    'Vous pouvez revenir tant que la séance continue.',
  );
  await expect(page.getByRole('button', { name: 'Rejoindre de nouveau' })).toBeVisible();
  room.facilitator.close();
});

test('an incomplete, expired or altered link says to ask for a new one', async ({ page }) => {
  const room = await openRoom(5);
  const join = new JoinPage(page);

  await page.goto(room.url.split('#')[0]!);
  await join.expectFailure(
    'Ce lien d’invitation est incomplet',
    'Copiez de nouveau le lien en entier',
  );

  // One character in the middle of the signature (the last one may only carry padding bits).
  const at = room.url.lastIndexOf('.') + 8;
  const altered = `${room.url.slice(0, at)}${room.url[at] === 'A' ? 'B' : 'A'}${room.url.slice(at + 1)}`;
  await join.open(altered);
  await join.nameInput.fill('Bao');
  await join.continueButton.click();
  await join.expectFailure(
    'Ce lien d’invitation n’est pas valable',
    'Demandez un nouveau lien à l’animateur·rice.',
  );

  await server.advance(6 * 60_000);
  await join.open(room.url);
  await join.nameInput.fill('Bao');
  await join.continueButton.click();
  await join.expectFailure(
    'Ce lien d’invitation a expiré',
    'Demandez un nouveau lien à l’animateur·rice.',
  );
  await expect(join.heading).toBeFocused();
  await expect(page.getByRole('button', { name: /Réessayer|Rejoindre/ })).toHaveCount(0);
  room.facilitator.close();
});

test('the invite leaves the address bar; a link replaced by "Nouveau lien" says so', async ({
  page,
}) => {
  const room = await openRoom();
  const join = new JoinPage(page);
  await join.open(room.url);
  // Read, then gone from the address bar (screen shares, screenshots)…
  expect(page.url()).toBe(room.url.split('#')[0]);
  // …yet kept for this tab: a reload still has it.
  await page.reload();
  await expect(join.heading).toHaveText('Comment voulez-vous apparaître ?');

  const fresh = await room.facilitator.request('createInvite', {});
  await join.nameInput.fill('Bao');
  await join.continueButton.click();
  await join.expectFailure(
    'Ce lien a été remplacé par un nouveau',
    'Demandez le nouveau lien à l’animateur·rice, puis ouvrez-le.',
  );
  await expect(page.getByRole('button', { name: /Réessayer|Rejoindre/ })).toHaveCount(0);
  await mkdir('test-results/screenshots', { recursive: true });
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    await page.screenshot({ path: `test-results/screenshots/join-revoked-fr-${width}.png` });
  }
  await page.getByRole('button', { name: 'English' }).click();
  await expect(join.heading).toHaveText('This link was replaced by a new one');
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    await page.screenshot({ path: `test-results/screenshots/join-revoked-en-${width}.png` });
  }
  await page.getByRole('button', { name: 'Français' }).click();

  // The new link opens the lobby.
  const seated = room.waiting('Bao', false);
  await join.open(fresh.url);
  await join.enterName('Bao');
  await seated;
  room.facilitator.close();
});

test('a locked room, a decline and a closed room each say what happened and what to do', async ({
  page,
}) => {
  const room = await openRoom();
  const join = new JoinPage(page);

  await room.facilitator.request('lockRoom', { locked: true });
  await join.open(room.url);
  await join.nameInput.fill('Chris');
  await join.continueButton.click();
  await join.expectFailure(
    'La salle est verrouillée',
    'Contactez l’animateur·rice si vous deviez participer',
  );

  await room.facilitator.request('lockRoom', { locked: false });
  await page.getByRole('button', { name: 'Réessayer' }).click();
  await expect(join.nameInput).toHaveValue('Chris');
  const accepted = room.waiting('Chris');
  await join.enterName('Chris');
  await join.checkDevices({ audioOnly: true });
  await join.acceptAgreements();
  await room.facilitator.request('decline', { peerId: (await accepted).peerId });
  await join.expectFailure(
    'L’animateur·rice ne vous a pas fait entrer',
    'Contactez l’animateur·rice pour en savoir plus.',
  );

  const second = await browserPage(page);
  const other = new JoinPage(second);
  await other.joinLobby(room.url, 'Dominique', { audioOnly: true });
  await room.facilitator.request('closeRoom', {});
  await other.expectFailure('La séance est terminée', 'Si vous pensez que c’est une erreur');
  await second.close();
});

test('someone removed from the call is told so', async ({ page }) => {
  const room = await openRoom();
  const join = new JoinPage(page);
  const accepted = room.waiting('Eden');
  await join.joinLobby(room.url, 'Eden', { audioOnly: true });
  const { peerId } = await accepted;
  await room.facilitator.request('admit', { peerId });
  await join.expectInCall('Groupe du jeudi');
  await room.facilitator.request('remove', { peerId });
  await join.expectFailure(
    'Vous avez été retiré·e de la séance',
    'Contactez l’animateur·rice si vous souhaitez en parler',
  );
  room.facilitator.close();
});

test('a dropped connection reconnects on its own within 2 minutes, and says when it is too late', async ({
  page,
}) => {
  const room = await openRoom();
  const join = new JoinPage(page);
  const network = await flakyNetwork(server.url);

  const accepted = room.waiting('Farah');
  await join.joinLobby(network.through(room.url), 'Farah', { audioOnly: true });
  await accepted;

  network.drop();
  await expect(page.getByText('Connexion perdue. Reconnexion en cours…').first()).toBeVisible();
  const back = room.waiting('Farah');
  network.restore();
  await expect(
    page.getByRole('status').filter({ hasText: 'Vous êtes de nouveau connecté·e.' }),
  ).toBeAttached();
  const { peerId } = await back;
  await room.facilitator.request('admit', { peerId });
  await join.expectInCall('Groupe du jeudi');

  const gone = room.facilitator.once('roomState', ({ state }) =>
    state.peers.some((peer) => peer.displayName === 'Farah' && !peer.connected),
  );
  network.drop();
  await expect(page.getByText('Connexion perdue. Reconnexion en cours…').first()).toBeVisible();
  await gone;
  await server.advance(3 * 60_000);
  network.restore();
  await join.expectFailure('Votre place n’a pas été gardée', 'Rejoignez de nouveau la séance');
  await expect(page.getByRole('button', { name: 'Rejoindre de nouveau' })).toBeVisible();
  room.facilitator.close();
  await network.close();
});

test('an unreachable server says to check the connection and try again', async ({ page }) => {
  const room = await openRoom();
  const join = new JoinPage(page);
  await page.routeWebSocket(/\/ws$/, (ws) => ws.close({ code: 1011, reason: 'down' }));
  await join.open(room.url);
  await join.nameInput.fill('Gabi');
  await join.continueButton.click();
  await join.expectFailure(
    'Impossible de joindre la séance',
    'Vérifiez votre connexion, puis réessayez.',
  );
  await expect(page.getByRole('button', { name: 'Réessayer' })).toBeVisible();
  room.facilitator.close();
});

test('without a camera, or with access refused, the page says what to do and still lets them in', async ({
  page,
}) => {
  const room = await openRoom();
  const join = new JoinPage(page);
  await devicesAs(page, 'noCamera');
  await join.open(room.url);
  await join.enterName('Hugo');
  await expect(page.getByRole('alert')).toHaveText(
    'Aucune caméra n’a été trouvée. Ce n’est pas un problème : vous rejoindrez en audio.',
  );
  await expect(page.getByText('Pas de caméra', { exact: true })).toBeVisible();
  await expect(page.getByText('Niveau du micro')).toBeVisible();
  const accepted = room.waiting('Hugo');
  await join.continueButton.click();
  await join.acceptAgreements();
  await room.facilitator.request('admit', { peerId: (await accepted).peerId });
  await join.expectInCall('Groupe du jeudi');
  await expect(join.tile('Hugo (vous)').locator('video')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Couper ma caméra' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Réactiver ma caméra' })).toBeVisible();

  const refused = await browserPage(page);
  await devicesAs(refused, 'refused');
  const other = new JoinPage(refused);
  await other.open(room.url);
  await other.enterName('Iris');
  await expect(refused.getByRole('alert')).toHaveText(
    /^L’accès au micro et à la caméra a été refusé\. Autorisez-le dans les réglages du site/,
  );
  await expect(refused.getByRole('button', { name: 'Réessayer' })).toBeVisible();
  await refused.getByRole('button', { name: 'Continuer sans micro' }).click();
  await expect(other.heading).toHaveText('Les accords du groupe');
  await refused.close();
  room.facilitator.close();
});

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
]) {
  test(`screenshots of the participant steps at ${viewport.width}px`, async ({ page }) => {
    await mkdir('test-results/screenshots', { recursive: true });
    const shot = (name: string) =>
      page.screenshot({ path: `test-results/screenshots/join-${name}-${viewport.width}.png` });
    await page.setViewportSize(viewport);
    const room = await openRoom();
    const join = new JoinPage(page);
    await join.open(room.url);
    await join.nameInput.fill('Alix');
    await shot('1-name');
    await join.continueButton.click();
    await expect(page.getByLabel('Aperçu de votre caméra')).toBeVisible();
    await expect(page.getByText('Niveau du micro')).toBeVisible();
    await shot('2-devices');
    await join.continueButton.click();
    await expect(join.heading).toHaveText('Les accords du groupe');
    await shot('3-agreements');
    await join.acceptAgreements();
    await shot('4-lobby');
    room.facilitator.close();
  });
}

/** Another participant's page in its own browser context (its own cookies and devices). */
async function browserPage(page: Page): Promise<Page> {
  const context = await page.context().browser()!.newContext({ locale: 'fr-FR' });
  return context.newPage();
}
