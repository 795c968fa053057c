import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import WebSocket from 'ws';
import { SignalingClient } from '../../src/shared/signaling/client';
import { expect, test } from './fixtures';
import { JoinPage } from './pages/join-page';
import { RoomPage, seedSession } from './pages/room-page';

/*
 * `npm run server` as a new user starts it from the README, then the join
 * URL it prints, opened in Chromium, shows the participant page.
 */

const root = resolve(__dirname, '../..');

function hasWorker(): boolean {
  const bin = process.env['MEDIASOUP_WORKER_BIN'];
  if (!bin) return false;
  try {
    accessSync(bin);
    return true;
  } catch {
    return false;
  }
}

type Printed = { listening: string; joinBase: string; wsUrl: string; key: string; keyFile: string };

/**
 * Reads what the server prints on start until it says where the generated key
 * is kept; the key itself is read from that file, as the README says to.
 */
async function readStartup(child: ChildProcess): Promise<Printed & { output: string }> {
  const lines: string[] = [];
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`server exited (${String(code)}):\n${lines.join('\n')}`);
  });
  exited.catch(() => undefined);
  const read = (async () => {
    for await (const line of createInterface({ input: child.stdout! })) {
      lines.push(line);
      if (line.startsWith('That file is readable by you only')) {
        const text = lines.join('\n');
        const keyFile = /It is kept in:\n {2}(\S+)/.exec(text)?.[1] ?? '';
        const stored = JSON.parse(readFileSync(keyFile, 'utf8')) as {
          facilitatorKeys: Array<{ name: string; key: string }>;
        };
        return {
          listening: /listening on (\S+)/.exec(text)?.[1] ?? '',
          joinBase: /Participant links start with: (\S+)\/<room>/.exec(text)?.[1] ?? '',
          wsUrl: /Signaling WebSocket: (\S+)/.exec(text)?.[1] ?? '',
          key: stored.facilitatorKeys[0]?.key ?? '',
          keyFile,
          output: text,
        };
      }
    }
    throw new Error(`no key file named:\n${lines.join('\n')}`);
  })();
  return Promise.race([read, exited]);
}

type CliServer = Printed & { output: string; stop(): Promise<void> };

/** The README's `npm run server -- …`, spelled out (npm adds nothing but this command). */
async function startCliServer(workers: number, extra: string[] = []): Promise<CliServer> {
  const configDir = await mkdtemp(join(tmpdir(), 'cercle-server-cli-'));
  const child = spawn(
    process.execPath,
    [
      'scripts/run-node.mjs',
      '--import',
      'tsx',
      'src/server/index.ts',
      '--port',
      '0',
      '--workers',
      String(workers),
      '--listen',
      '127.0.0.1',
      '--announced-address',
      '127.0.0.1',
      '--config-dir',
      configDir,
      '--metrics-port',
      '0',
      ...extra,
    ],
    { cwd: root, env: process.env, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    }
    await rm(configDir, { recursive: true, force: true });
  };
  try {
    const printed = await readStartup(child);
    expect(printed.keyFile).toBe(join(configDir, 'session-server.json'));
    return { ...printed, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

test('npm run server says where its key is (never the key) and a join URL that opens the participant page', async ({
  page,
}) => {
  const workers = hasWorker() ? 1 : 0;
  if (workers === 0) console.log('server-cli: no mediasoup worker here, starting with --workers 0');
  const server = await startCliServer(workers);
  try {
    expect(server.listening).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(server.joinBase).toBe(`http://${server.listening}/join`);
    expect(server.key.length).toBeGreaterThanOrEqual(16);
    expect(server.output).not.toContain(server.key);
    expect(server.output).toMatch(/Monitoring \(\/metrics, \/healthz\): http:\/\/127\.0\.0\.1:\d+/);
    expect(statSync(server.keyFile).mode & 0o777).toBe(0o600);

    const facilitator = await SignalingClient.connect(new WebSocket(server.wsUrl));
    const room = await facilitator.request('createRoom', {
      facilitatorKey: server.key,
      title: 'Essai du serveur',
      agreements: 'Confidentialité\nCe qui est dit ici reste ici.',
      displayName: 'Animation',
    });
    expect(room.invite.url.startsWith(`${server.joinBase}/${room.roomId}#invite=`)).toBe(true);

    const participant = new JoinPage(page);
    await participant.open(room.invite.url);
    await participant.enterName('Alix');
    await expect(page.getByText('Séance : Essai du serveur')).toBeVisible();
    facilitator.close();
  } finally {
    await server.stop();
  }
});

test('the facilitator enters that server and its key in Settings, then opens rooms on it', async ({
  app,
}) => {
  // The app page is served by the test host here, not from app://cercle: its origin is allowed.
  const server = await startCliServer(0, ['--allowed-origin', new URL(app.host.url).origin]);
  const { page } = app;
  const settings = new RoomPage(page);
  try {
    const sessionId = await seedSession(page);
    await page.evaluate(() => (window.location.hash = '#/settings'));
    await page.getByRole('radio', { name: 'Le serveur de mon association' }).check();
    await page.getByLabel('Adresse du serveur').fill('pas une adresse');
    await page.getByLabel('Clé d’animation').fill('une-cle-qui-ne-va-pas-1234');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.getByText('Écrivez l’adresse complète du serveur')).toBeVisible();

    await page.getByLabel('Adresse du serveur').fill(`http://${server.listening}/`);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    // The page reloads to be allowed to reach this server, then says it is saved.
    await expect(settings.status).toHaveText('Serveur de séance enregistré.');
    await expect(page.getByText('Clé enregistrée : ••••••1234')).toBeVisible();
    await expect(page.getByLabel('Adresse du serveur')).toHaveValue(`http://${server.listening}`);

    await page.evaluate((id) => (window.location.hash = `#/room/${id}`), sessionId);
    await page.getByRole('button', { name: 'Ouvrir la salle' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'Le serveur a refusé la clé d’animation. Vérifiez-la dans Réglages → Serveur de séance.',
    );

    await page.evaluate(() => (window.location.hash = '#/settings'));
    await page.getByRole('button', { name: 'Remplacer la clé' }).click();
    await page.getByLabel('Clé d’animation').fill(server.key);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(settings.status).toHaveText('Serveur de séance enregistré.');
    await expect(page.getByText(`Clé enregistrée : ••••••${server.key.slice(-4)}`)).toBeVisible();
    await expect(page.getByText(server.key)).toHaveCount(0);
    await mkdir('test-results/screenshots', { recursive: true });
    await page.screenshot({ path: 'test-results/screenshots/settings-remote-1280.png' });

    const url = await settings.openRoom(sessionId);
    expect(url.startsWith(`${server.joinBase}/`)).toBe(true);
    await settings.closeRoom();
  } finally {
    await server.stop();
  }
});
