import { accessSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import WebSocket from 'ws';
import { SignalingClient } from '../../src/shared/signaling/client';
import { launchSessionServer, type TestSessionServer } from '../host/launch-session-server';
import { routeMediaThrough } from '../host/media-path';
import { UdpRelay } from '../host/udp-relay';
import { expect, test } from './fixtures';
import { capturePeerConnections } from './pages/call-stats';
import { delta, sample, type Sample } from './pages/media-stats';
import { JoinPage } from './pages/join-page';

/*
 * Bad networks, with real media: a session server with a mediasoup worker,
 * two participants in Chromium, and Bao's media through a UDP relay on
 * 127.0.0.1 that drops, delays or limits it (Chromium's own network
 * emulation has no effect in this Chromium). The tests wait for what a
 * person would notice: sound that keeps coming, a smaller picture that keeps
 * moving, media that comes back by itself.
 */

const key = 'e2e-facilitator-key-network-0123';
const title = 'Groupe du mardi';
let server: TestSessionServer;

function workerMissing(): string | undefined {
  const bin = process.env['MEDIASOUP_WORKER_BIN'];
  if (!bin) return 'MEDIASOUP_WORKER_BIN is not set: no mediasoup worker to run media tests';
  try {
    accessSync(bin);
    return undefined;
  } catch {
    return `MEDIASOUP_WORKER_BIN points to ${bin}, which does not exist`;
  }
}

test.beforeAll(async () => {
  if (workerMissing()) return;
  server = await launchSessionServer({ facilitatorKey: key, workers: 1 });
});
test.afterAll(async () => {
  await server?.stop();
});
test.beforeEach(() => {
  const skip = workerMissing();
  if (skip) console.log(`network e2e skipped: ${skip}`);
  test.skip(skip !== undefined, skip);
  test.setTimeout(180_000);
});

type Call = { facilitator: SignalingClient; alix: JoinPage; bao: JoinPage; relay: UdpRelay };

/** A room where everyone who accepts the agreements is let in; Bao's media passes the relay. */
async function startCall(browser: Browser): Promise<Call> {
  const facilitator = await SignalingClient.connect(new WebSocket(server.wsUrl));
  const { invite } = await facilitator.request('createRoom', {
    facilitatorKey: key,
    title,
    agreements: 'Bienveillance\nNous accueillons sans juger.',
    displayName: 'Animation',
  });
  const admitted = new Set<string>();
  facilitator.on('lobbyChanged', ({ lobby }) => {
    for (const { peerId, acknowledged } of lobby) {
      if (!acknowledged || admitted.has(peerId)) continue;
      admitted.add(peerId);
      void facilitator.request('admit', { peerId }).catch(() => undefined);
    }
  });
  const relay = await UdpRelay.open();
  const alix = new JoinPage(await newPage(browser));
  const baoContext = await newContext(browser);
  await routeMediaThrough(baoContext, relay);
  const bao = new JoinPage(await baoContext.newPage());
  for (const [page, name] of [
    [alix, 'Alix'],
    [bao, 'Bao'],
  ] as const) {
    // Let in as soon as the agreements are accepted: the lobby may not even show.
    await page.open(invite.url);
    await page.enterName(name);
    await page.checkDevices();
    await page.acceptButton.click();
    await page.expectInCall(title);
  }
  return { facilitator, alix, bao, relay };
}

async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: 'fr-FR',
    viewport: { width: 1280, height: 800 },
  });
  await context.addInitScript({ content: capturePeerConnections });
  return context;
}

async function newPage(browser: Browser): Promise<Page> {
  return (await newContext(browser)).newPage();
}

async function endCall(call: Call): Promise<void> {
  call.facilitator.close();
  await call.alix.page.context().close();
  await call.bao.page.context().close();
  call.relay.close();
}

/** Waits until a sample of what `page` receives from `from` passes `check`; returns it. */
async function until(
  page: Page,
  from: string,
  check: (now: Sample) => boolean,
  message: string,
): Promise<Sample> {
  let last: Sample | undefined;
  await expect
    .poll(
      async () => {
        last = await sample(page, from);
        return check(last);
      },
      { message, timeout: 60_000, intervals: [500] },
    )
    .toBe(true);
  return last!;
}

test('under 5 % loss and a 300 ms round trip, the voice of someone speaking keeps arriving', async ({
  browser,
}) => {
  const call = await startCall(browser);
  const { bao, relay } = call;
  await until(bao.page, 'Alix', (s) => (s.audio?.bytesReceived ?? 0) > 0, 'Bao hears Alix');

  // One packet in 20 dropped each way: 5 % every run (random loss makes the share itself vary).
  relay.impair({ lossPercent: 5, evenLoss: true, delayMs: 150 });
  // The emulation really is on: Bao's page measures the round trip and the loss itself.
  await until(
    bao.page,
    'Alix',
    (s) => (s.out.roundTripTime ?? 0) >= 0.25 && (s.audio?.packetsLost ?? 0) > 0,
    'Bao’s page sees the round trip and losses',
  );

  // Ten seconds of Alix's voice (48 000 samples a second) arrive, nearly all of it real sound.
  const before = await sample(bao.page, 'Alix');
  const after = await until(
    bao.page,
    'Alix',
    (s) =>
      (s.audio?.totalSamplesReceived ?? 0) - (before.audio?.totalSamplesReceived ?? 0) >= 480_000,
    'ten seconds of Alix’s voice reach Bao',
  );
  const window = delta(before, after);
  expect(window.audioBytes).toBeGreaterThan(0);
  expect(window.audioPacketsLost).toBeGreaterThan(0);
  console.log(
    `5 % loss + 300 ms RTT: ${window.audioPacketsLost} voice packets lost, ` +
      `${(window.concealment * 100).toFixed(1)} % of the sound concealed`,
  );
  expect(window.concealment).toBeLessThanOrEqual(0.05);
  // Alix's tile rates the connection in words (read out; shown unless it is good).
  await expect(bao.tile('Alix').locator('.tile-quality')).toHaveText(
    /^Connexion (bonne|moyenne|faible)$/,
  );
  await endCall(call);
});

test('on a 300 kbps downlink the picture gets smaller instead of freezing', async ({ browser }) => {
  const call = await startCall(browser);
  const { bao, relay } = call;
  // Unimpaired, over a few seconds: how many pixels a second of Alix's picture Bao decodes.
  const first = await until(bao.page, 'Alix', (s) => (s.video?.framesDecoded ?? 0) > 0, 'video');
  const clear = await until(
    bao.page,
    'Alix',
    (s) => (s.video?.framesDecoded ?? 0) - (first.video?.framesDecoded ?? 0) >= 60,
    'Alix’s picture plays at Bao’s',
  );
  const clearRate = pixelRate(delta(first, clear));

  // A phone-sized window: the tiles are small, so Bao asks for (and gets) the smallest layer.
  await bao.page.setViewportSize({ width: 390, height: 844 });
  await until(bao.page, 'Alix', (s) => s.video?.frameHeight === 120, 'the ¼-size layer');
  await bao.page.setViewportSize({ width: 1280, height: 800 });
  await until(bao.page, 'Alix', (s) => (s.video?.frameHeight ?? 0) > 120, 'a bigger layer again');

  relay.impair({ rateKbps: 300, queueMs: 300 }, 'down');
  // mediasoup's estimate of Bao's downlink falls and it forwards a lower layer of Alix's
  // simulcast (fewer frames or fewer lines): the picture keeps moving, with less detail.
  let previous = await sample(bao.page, 'Alix');
  let lowered = 0;
  await expect
    .poll(
      async () => {
        const now = await sample(bao.page, 'Alix');
        const step = delta(previous, now);
        previous = now;
        if (step.seconds < 1) return false;
        lowered = step.fps > 0 && pixelRate(step) < clearRate * 0.75 ? lowered + 1 : 0;
        return lowered >= 3;
      },
      { message: 'a lower layer, still moving', timeout: 90_000, intervals: [1_500] },
    )
    .toBe(true);
  // Sound is untouched by the squeeze: the voice goes first.
  const voice = await sample(bao.page, 'Alix');
  await until(
    bao.page,
    'Alix',
    (s) => (s.audio?.totalSamplesReceived ?? 0) > (voice.audio?.totalSamplesReceived ?? 0),
    'the voice still arrives',
  );
  await endCall(call);
});

test('a media path that breaks comes back by ICE restart, with no new admission', async ({
  browser,
}) => {
  const call = await startCall(browser);
  const { bao, relay } = call;
  await until(bao.page, 'Alix', (s) => (s.audio?.bytesReceived ?? 0) > 0, 'Bao hears Alix');
  const ufragsBefore = await remoteUfrags(bao.page);
  const connections = await bao.page.evaluate('window.__cerclePcs.length');

  relay.impair({ blocked: true });
  await expect.poll(() => iceStates(bao.page), { timeout: 60_000 }).toContain('disconnected');
  // ICE restarts while the path is still broken (the signaling socket is not).
  await expect
    .poll(async () => (await remoteUfrags(bao.page)).some((u) => !ufragsBefore.includes(u)), {
      timeout: 60_000,
    })
    .toBe(true);
  relay.impair({});

  const back = await sample(bao.page, 'Alix');
  await until(
    bao.page,
    'Alix',
    (s) =>
      (s.audio?.bytesReceived ?? 0) > (back.audio?.bytesReceived ?? 0) &&
      (s.video?.framesDecoded ?? 0) > (back.video?.framesDecoded ?? 0),
    'sound and picture come back',
  );
  // Same call, same seat: no lobby, and the same peer connections (media was not set up anew).
  await expect(bao.heading).toHaveText(title);
  await expect(bao.page.getByText('Salle d’attente')).toHaveCount(0);
  expect(await bao.page.evaluate('window.__cerclePcs.length')).toBe(connections);
  await endCall(call);
});

test('a downlink that collapses gives up video, says so, and lets the person ask for it again', async ({
  browser,
}) => {
  const call = await startCall(browser);
  const { bao, relay } = call;
  await until(bao.page, 'Alix', (s) => (s.video?.framesDecoded ?? 0) > 0, 'Alix’s picture');

  relay.impair({ rateKbps: 40, queueMs: 300 }, 'down');
  const note = bao.page.getByText(
    'Votre connexion est trop faible pour recevoir la vidéo : vous recevez seulement le son.',
  );
  await expect(note).toBeVisible({ timeout: 90_000 });
  await expect(bao.tile('Alix').locator('video')).toHaveCount(0);
  const voice = await sample(bao.page, 'Alix');
  await until(
    bao.page,
    'Alix',
    (s) => (s.audio?.totalSamplesReceived ?? 0) > (voice.audio?.totalSamplesReceived ?? 0),
    'the voice still arrives',
  );

  relay.impair({});
  // The link is good again: Bao asks for video, and media is set up anew.
  await bao.page.getByRole('button', { name: 'Réessayer la vidéo' }).click();
  await expect(note).toHaveCount(0);
  await expect(bao.tile('Alix').locator('video')).toHaveCount(1);
  const back = await sample(bao.page, 'Alix');
  await until(
    bao.page,
    'Alix',
    (s) => (s.video?.framesDecoded ?? 0) > (back.video?.framesDecoded ?? 0),
    'Alix’s picture plays again',
  );
  await expect(note).toHaveCount(0);
  await expect(bao.heading).toHaveText(title);
  await endCall(call);
});

function pixelRate(d: ReturnType<typeof delta>): number {
  return d.fps * d.width * d.height;
}

function iceStates(page: Page): Promise<string[]> {
  return page.evaluate('(window.__cerclePcs ?? []).map((pc) => pc.iceConnectionState)') as Promise<
    string[]
  >;
}

/** The server's ICE username fragments in each peer connection's remote description. */
function remoteUfrags(page: Page): Promise<string[]> {
  return page.evaluate(
    `(window.__cerclePcs ?? []).flatMap((pc) => (pc.remoteDescription?.sdp.match(/a=ice-ufrag:(\\S+)/g) ?? []))`,
  ) as Promise<string[]>;
}
