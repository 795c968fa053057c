import { spawn } from 'node:child_process';
import { accessSync } from 'node:fs';
import { once } from 'node:events';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { expect, type Locator, type Page } from '@playwright/test';
import type { SessionSummary } from '../../../src/shared/live';
import type { RoomPage } from './room-page';

/** The facilitator's live screen (the open room with rounds, agenda and notes), in French. */
export class LivePage {
  readonly round: Locator;
  readonly speakerName: Locator;
  readonly countdown: Locator;
  readonly agenda: Locator;
  readonly notes: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.round = page.locator('section.live-round');
    this.speakerName = this.round.getByTestId('speaker-name');
    this.countdown = this.round.getByTestId('countdown');
    this.agenda = page.getByRole('region', { name: 'Déroulé' });
    this.notes = page.getByRole('region', { name: 'Notes privées' });
    this.summary = page.getByTestId('summary');
  }

  /** The agenda's one-click start of a block ("Lancer le tour — Météo"). */
  async startBlock(action: string, title: string): Promise<void> {
    await this.agenda.getByRole('button', { name: `${action} — ${title}` }).click();
    await expect(this.agenda.locator('[aria-current="step"]')).toContainText(title);
  }

  control(name: string | RegExp): Locator {
    return this.round.getByRole('button', { name, exact: typeof name === 'string' });
  }

  /** A person in the talking order; `data-outcome` says where they are. */
  turn(name: string): Locator {
    return this.round.locator('.live-turn').filter({ hasText: name });
  }

  queueEntry(name: string): Locator {
    return this.round.locator('.live-queue .live-turn').filter({ hasText: name });
  }

  talkingPieceSwitch(): Locator {
    return this.round.getByRole('switch', { name: 'Micro réservé à la personne qui parle' });
  }

  /** Waits until the countdown shows more than `ms` left (after an extension). */
  async expectRemainingAbove(ms: number): Promise<void> {
    await expect
      .poll(async () => Number(await this.countdown.getAttribute('data-remaining-ms')))
      .toBeGreaterThan(ms);
  }

  async writeSessionNote(text: string): Promise<void> {
    const field = this.notes.getByLabel('Pour la séance');
    await field.fill(text);
    await expect(this.notes.getByText('Enregistré', { exact: true })).toBeVisible();
  }

  async openDialog(button: string, title: string): Promise<Locator> {
    await this.page.getByRole('button', { name: button }).click();
    const dialog = this.page.getByRole('dialog', { name: title });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async closeDialog(dialog: Locator): Promise<void> {
    await dialog.getByRole('button', { name: 'Fermer' }).click();
    await expect(dialog).toBeHidden();
  }

  async endSession(): Promise<void> {
    await this.page.getByRole('button', { name: 'Terminer la séance' }).click();
    await this.page.getByRole('button', { name: 'Oui, terminer' }).click();
    await expect(this.summary).toBeVisible({ timeout: 20_000 });
  }
}

/** The blocks of the plan the live e2e runs (minutes, per-speaker seconds). */
export const livePlan = [
  { id: 'accueil', kind: 'welcome', title: 'Accueil', durationMin: 5, turnSec: null },
  { id: 'meteo', kind: 'round', title: 'Météo', durationMin: 10, turnSec: 60 },
  { id: 'libre', kind: 'openFloor', title: 'Échange libre', durationMin: 15, turnSec: null },
  { id: 'cloture', kind: 'closingRound', title: 'Tour de clôture', durationMin: 10, turnSec: 60 },
] as const;

/** A group (with its default agreements), a plan with rounds and an open floor, and a session. */
export async function seedLiveSession(page: Page, groupName = 'Groupe du jeudi'): Promise<string> {
  return page.evaluate(
    async ({ name, blocks }) => {
      type Result<T> = { ok: true; value: T } | { ok: false; error: { message: string } };
      const cercle = (
        window as unknown as {
          cercle: Record<string, Record<string, (i: unknown) => Promise<Result<{ id: string }>>>>;
        }
      ).cercle;
      const unwrap = <T>(result: Result<T>): T => {
        if (!result.ok) throw new Error(result.error.message);
        return result.value;
      };
      const group = unwrap(await cercle['groups']!['create']!({ name }));
      const plan = unwrap(
        await cercle['plans']!['create']!({ name: 'Séance du jeudi', source: { empty: true } }),
      );
      unwrap(
        await cercle['plans']!['save']!({
          id: plan.id,
          content: {
            name: 'Séance du jeudi',
            expectedGroupSize: 6,
            startTime: '18:30',
            blocks: blocks.map((block) => ({ ...block, prompt: '', passAllowed: true })),
          },
        }),
      );
      const session = unwrap(
        await cercle['sessions']!['schedule']!({
          groupId: group.id,
          planId: plan.id,
          scheduledAt: Date.now() + 60 * 60_000,
        }),
      );
      return session.id;
    },
    { name: groupName, blocks: livePlan },
  );
}

/**
 * Settings → session server → an association's server, through the app's
 * own API, then a reload (the page's CSP names the server it may reach).
 */
export async function useRemoteServer(page: Page, url: string, facilitatorKey: string) {
  await page.evaluate(
    async ({ url, facilitatorKey }) => {
      type Result = { ok: boolean; error?: { message: string } };
      const cercle = (
        window as unknown as {
          cercle: { sessionServer: { setRemote: (input: unknown) => Promise<Result> } };
        }
      ).cercle;
      const result = await cercle.sessionServer.setRemote({ url, facilitatorKey });
      if (!result.ok) throw new Error(result.error?.message);
    },
    { url, facilitatorKey },
  );
  await page.reload();
  await expect(page.getByRole('main')).toBeVisible();
}

/**
 * The real session server from its CLI, signaling only (`--workers 0`), on
 * 127.0.0.1 with the real clock: where no mediasoup worker exists, the app
 * cannot host one with media.
 */
export async function startSignalingOnlyServer(
  staticRoot: string,
  facilitatorKey: string,
  /** The app page's origin (the test host's): the server lets only known pages connect. */
  appOrigin: string,
): Promise<{ url: string; stop(): Promise<void> }> {
  const root = resolve(__dirname, '../../..');
  const configDir = await mkdtemp(join(tmpdir(), 'cercle-live-server-'));
  const child = spawn(
    process.execPath,
    [
      'scripts/run-node.mjs',
      '--import',
      'tsx',
      'src/server/index.ts',
      ...['--port', '0', '--workers', '0', '--listen', '127.0.0.1'],
      ...['--announced-address', '127.0.0.1', '--facilitator-key', facilitatorKey],
      ...['--config-dir', configDir, '--static-root', resolve(root, staticRoot)],
      ...['--allowed-origin', appOrigin, '--metrics-port', '0'],
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`session server exited with code ${String(code)}`);
  });
  exited.catch(() => undefined);
  const started = (async () => {
    for await (const line of createInterface({ input: child.stdout! })) {
      const url = /listening on \S+ \((http:\/\/[^)]+)\)/.exec(line)?.[1];
      if (url) return url;
    }
    throw new Error('the session server printed no address');
  })();
  const url = await Promise.race([started, exited]);
  // Its log goes on: keep the pipe flowing, or the server would stall once it is full.
  child.stdout!.resume();
  return {
    url,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const gone = once(child, 'exit');
      child.kill('SIGTERM');
      await gone;
    },
  };
}

/** The mediasoup worker the tests may use, if this machine has one. */
export function mediaWorker(): string | undefined {
  const bin = process.env['MEDIASOUP_WORKER_BIN'];
  if (!bin) return undefined;
  try {
    accessSync(bin);
    return bin;
  } catch {
    return undefined;
  }
}

/**
 * The session server a live test uses: hosted by the app where a mediasoup
 * worker exists, else the real server signaling only (the app cannot host one
 * without media). `stop()` ends what this started.
 */
export async function serveSessions(
  page: Page,
  room: RoomPage,
): Promise<{ media: boolean; stop(): Promise<void> }> {
  if (mediaWorker()) {
    await room.hostOnThisComputer();
    return { media: true, stop: async () => undefined };
  }
  const facilitatorKey = 'live-e2e-facilitator-key-0123456789';
  // The participant page comes from this server: the same build as the app page.
  const server = await startSignalingOnlyServer(
    process.env['CERCLE_RENDERER_DIR'] ?? 'out/renderer',
    facilitatorKey,
    new URL(page.url()).origin,
  );
  await useRemoteServer(page, server.url, facilitatorKey);
  return { media: false, stop: () => server.stop() };
}

/** What the database kept of a session, as the app's `sessions:summary` channel reads it. */
export async function sessionSummary(page: Page, sessionId: string): Promise<SessionSummary> {
  return page.evaluate(async (id) => {
    type Result = { ok: boolean; value: unknown; error?: { message: string } };
    const cercle = (
      window as unknown as { cercle: { sessions: { summary: (i: unknown) => Promise<Result> } } }
    ).cercle;
    const result = await cercle.sessions.summary({ id });
    if (!result.ok) throw new Error(result.error?.message);
    return result.value as SessionSummary;
  }, sessionId);
}
