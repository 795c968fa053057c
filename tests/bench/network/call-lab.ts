import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import WebSocket from 'ws';
import { chromiumArgs } from '../../../playwright.config';
import { SignalingClient } from '../../../src/shared/signaling/client';
import { silentLogger } from '../../../src/server/log';
import { startSessionServer, type SessionServer } from '../../../src/server/server';
import { capturePeerConnections } from '../../e2e/pages/call-stats';
import { watchFrames } from '../../e2e/pages/frame-watch';
import { routeMediaThrough } from '../../host/media-path';
import { UdpRelay } from '../../host/udp-relay';

/*
 * A call on this machine for the network benchmark and its e2e test: the
 * real session server with one mediasoup worker on 127.0.0.1, a facilitator
 * that is a signaling client (as the desktop app is), and participants that
 * are real Chromium pages joining through the participant page. Each page
 * gets its own browser, so each can carry its own network emulation.
 */

const key = 'bench-facilitator-key-0123456789';
export const roomTitle = 'Banc réseau';

export type Lab = {
  server: SessionServer;
  facilitator: SignalingClient;
  inviteUrl: string;
  /** Opens a browser (with these extra flags), joins as `name`, is admitted. */
  join(name: string, options?: JoinOptions): Promise<LabPage>;
  close(): Promise<void>;
};

export type JoinOptions = { flags?: string[]; audioOnly?: boolean; viewport?: Viewport };
type Viewport = { width: number; height: number };
/** A participant's page and the relay its media goes through (impair it at will). */
export type LabPage = { name: string; browser: Browser; page: Page; relay: UdpRelay };

const executablePath = process.env['CERCLE_CHROMIUM'] ?? '/usr/bin/chromium';

export async function openLab(): Promise<Lab> {
  const server = await startSessionServer({
    port: 0,
    listen: '127.0.0.1',
    workers: 1,
    mediaPort: 0,
    facilitatorKey: key,
    staticRoot: resolve(__dirname, '../../../out/renderer'),
    logger: silentLogger,
  });
  const { facilitator, inviteUrl } = await openAutoAdmitRoom(server, roomTitle);
  const browsers: Browser[] = [];
  const relays: UdpRelay[] = [];
  return {
    server,
    facilitator,
    inviteUrl,
    async join(name, options = {}) {
      const browser = await chromium.launch({
        executablePath,
        args: [...chromiumArgs, ...(options.flags ?? [])],
      });
      browsers.push(browser);
      const context = await browser.newContext({
        locale: 'fr-FR',
        viewport: options.viewport ?? { width: 1280, height: 800 },
      });
      await context.addInitScript({ content: capturePeerConnections });
      await context.addInitScript({ content: watchFrames });
      const relay = await UdpRelay.open();
      relays.push(relay);
      await routeMediaThrough(context, relay);
      const page = await context.newPage();
      await joinThroughPage(page, inviteUrl, name, options.audioOnly ?? false);
      return { name, browser, page, relay };
    },
    async close() {
      await Promise.all(browsers.map((browser) => browser.close().catch(() => undefined)));
      for (const relay of relays) relay.close();
      facilitator.close();
      await server.close();
    },
  };
}

/** A room whose facilitator (a signaling client) lets in whoever accepted the agreements. */
export async function openAutoAdmitRoom(server: SessionServer, title: string) {
  const facilitatorKey = server.facilitatorKey;
  if (!facilitatorKey) throw new Error('The bench server has no facilitator key.');
  const facilitator = await SignalingClient.connect(new WebSocket(server.wsUrl));
  const created = await facilitator.request('createRoom', {
    facilitatorKey,
    title,
    agreements: 'Bienveillance\nNous accueillons sans juger.',
    displayName: 'Animation',
  });
  // The benches measure media, not the lobby.
  const admitted = new Set<string>();
  facilitator.on('lobbyChanged', ({ lobby }) => {
    for (const entry of lobby) {
      if (!entry.acknowledged || admitted.has(entry.peerId)) continue;
      admitted.add(entry.peerId);
      void facilitator.request('admit', { peerId: entry.peerId }).catch(() => undefined);
    }
  });
  return {
    facilitator,
    inviteUrl: created.invite.url,
    roomId: created.roomId,
    invite: created.invite,
  };
}

/** The participant page's steps, as a person takes them: name, devices, agreements, lobby. */
export async function joinThroughPage(
  page: Page,
  url: string,
  name: string,
  audioOnly = false,
  title = roomTitle,
) {
  await page.goto(url);
  await page.getByLabel('Votre nom dans la séance').fill(name);
  await page.getByRole('button', { name: /^Continuer/ }).click();
  await page.getByText('Niveau du micro').waitFor();
  if (audioOnly) await page.getByRole('checkbox', { name: /^Rejoindre en audio seul/ }).check();
  await page.getByRole('button', { name: /^Continuer/ }).click();
  await page.getByRole('button', { name: 'J’accepte ces accords' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 60_000 });
}
