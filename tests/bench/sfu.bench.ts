/**
 * `npm run bench:sfu`: what one mediasoup worker (one core) carries. For each
 * configuration, N rooms of M people who all send audio and simulcast video
 * and receive everyone else, through the real session server: two of them
 * are Chromium pages (WebRTC, in the first room), the others are load peers
 * (./sfu/load-peer.ts: real seats, media over plain SRTP transports made in
 * this process, replaying a VP8 + Opus recording made by ffmpeg). It prints
 * the worker's CPU and memory, the consumers, what was lost, and how many
 * consumers one core would carry at 70 % load at that rate.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs } from '../../playwright.config';
import { silentLogger } from '../../src/server/log';
import { startSessionServer, type SessionServer } from '../../src/server/server';
import { capturePeerConnections } from '../e2e/pages/call-stats';
import { describeMachine } from './machine';
import { joinThroughPage, openAutoAdmitRoom } from './network/call-lab';
import { joinLoadPeer, type LoadPeer } from './sfu/load-peer';
import { recordTestStreams, type Recording } from './sfu/rtp-source';

type Config = { rooms: number; peers: number };
const all: Config[] = [
  { rooms: 1, peers: 6 },
  { rooms: 2, peers: 6 },
  { rooms: 2, peers: 12 },
];
/** `npm run bench:sfu -- 2x12` runs only that configuration. */
const asked = process.argv.slice(2).map((arg) => arg.split('x').map(Number));
const configs = asked.length
  ? asked.map(([rooms, peers]) => ({ rooms: rooms ?? 1, peers: peers ?? 2 }))
  : all;
const browsersInFirstRoom = 2;
/** Tiles of a grid of 6 to 12 people are small: the layer a Chromium page picks there. */
const loadLayer = 1;
const measureMs = 20_000;
const executablePath = process.env['CERCLE_CHROMIUM'] ?? '/usr/bin/chromium';
const ticksPerSecond = 100;

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** A step that does not finish in time fails the run with its name, instead of hanging. */
async function within<T>(ms: number, label: string | (() => string), work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const name = typeof label === 'string' ? label : label();
      reject(new Error(`${name}: not done within ${ms / 1000} s`));
    }, ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

function rssMiB(pid: number | 'self'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line?.split(/\s+/)[1] ?? 0) / 1024;
}

const browserLoss = `(async () => {
  let lost = 0, received = 0;
  for (const pc of window.__cerclePcs) {
    if (pc.connectionState === 'closed') continue;
    (await pc.getStats()).forEach((s) => {
      if (s.type === 'inbound-rtp') { lost += s.packetsLost ?? 0; received += s.packetsReceived ?? 0; }
    });
  }
  return { lost, received };
})()`;

/** What the worker itself received from the load peers, and lost on the way in (its own counters). */
async function workerInbound(server: SessionServer, load: LoadPeer[]) {
  let packets = 0;
  let lost = 0;
  for (const room of server.rooms.rooms()) {
    const media = room.media();
    for (const peer of load) {
      for (const kind of ['audio', 'video'] as const) {
        const producer = media.producerOf(peer.peerId, kind);
        for (const stat of (await producer?.getStats()) ?? []) {
          packets += stat.packetCount;
          lost += stat.packetsLost;
        }
      }
    }
  }
  return { packets, lost };
}

function consumers(server: SessionServer): number {
  let total = 0;
  for (const room of server.rooms.rooms()) total += room.media().counts.consumers;
  return total;
}

async function run(config: Config, recording: Recording) {
  const server = await startSessionServer({
    port: 0,
    listen: '127.0.0.1',
    workers: 1,
    mediaPort: 0,
    facilitatorKey: 'sfu-bench-facilitator-key-0123456789',
    // Every load peer and page of the bench comes from 127.0.0.1: the per-address
    // limits that hold off a flood would stop the bench at 20 sockets.
    maxSocketsPerIp: 1000,
    maxLobbyPerIp: 1000,
    staticRoot: resolve(__dirname, '../../out/renderer'),
    logger: silentLogger,
  });
  const browsers: Browser[] = [];
  const pages: Page[] = [];
  const load: LoadPeer[] = [];
  const pump = setInterval(() => {
    const now = performance.now();
    for (const peer of load) peer.pump(now);
  }, 5);
  try {
    for (let r = 0; r < config.rooms; r++) {
      const title = `Banc SFU ${r + 1}`;
      const room = await openAutoAdmitRoom(server, title);
      const inBrowser = r === 0 ? browsersInFirstRoom : 0;
      for (let p = 0; p < config.peers; p++) {
        const name = `P${r + 1}-${p + 1}`;
        if (p < inBrowser) {
          const browser = await chromium.launch({ executablePath, args: chromiumArgs });
          browsers.push(browser);
          const context = await browser.newContext({
            locale: 'fr-FR',
            viewport: { width: 1280, height: 800 },
          });
          await context.addInitScript({ content: capturePeerConnections });
          const page = await context.newPage();
          await within(
            120_000,
            `${name} joins`,
            joinThroughPage(page, room.inviteUrl, name, false, title),
          );
          pages.push(page);
          continue;
        }
        if (process.stderr.isTTY) process.stderr.write(`  ${name}…\r`);
        let at = '';
        load.push(
          await within(
            60_000,
            () => `${name} joins (last step: ${at})`,
            joinLoadPeer({
              step: (reached) => (at = reached),
              wsUrl: server.wsUrl,
              roomId: room.roomId,
              inviteToken: room.invite.token,
              name,
              media: () => server.rooms.get(room.roomId).media(),
              recording,
              preferredLayer: loadLayer,
            }),
          ),
        );
      }
    }
    const expected = config.rooms * config.peers * (config.peers - 1) * 2;
    const started = Date.now();
    while (consumers(server) < expected && Date.now() - started < 90_000) await wait(500);
    await wait(5_000);
    const [pid] = server.mediaWorkerPids();
    const before = {
      ticks: cpuTicks(pid!),
      at: performance.now(),
      load: load.map((peer) => peer.received()),
      inbound: await workerInbound(server, load),
      browsers: await Promise.all(
        pages.map(
          (page) => page.evaluate(browserLoss) as Promise<{ lost: number; received: number }>,
        ),
      ),
    };
    await wait(measureMs);
    const seconds = (performance.now() - before.at) / 1000;
    const cpu = (cpuTicks(pid!) - before.ticks) / ticksPerSecond / seconds;
    const after = load.map((peer) => peer.received());
    const inbound = await workerInbound(server, load);
    const browsersAfter = await Promise.all(
      pages.map(
        (page) => page.evaluate(browserLoss) as Promise<{ lost: number; received: number }>,
      ),
    );
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const loadPackets = sum(after.map((a, i) => a.packets - before.load[i]!.packets));
    const loadLost = sum(after.map((a, i) => a.lost - before.load[i]!.lost));
    const browserPackets = sum(
      browsersAfter.map((b, i) => b.received - before.browsers[i]!.received),
    );
    const browserLost = sum(browsersAfter.map((b, i) => b.lost - before.browsers[i]!.lost));
    const count = consumers(server);
    const workerPackets = inbound.packets - before.inbound.packets;
    const workerLost = inbound.lost - before.inbound.lost;
    return {
      config,
      expected,
      consumers: count,
      cpu,
      workerRss: rssMiB(pid!),
      nodeRss: rssMiB('self'),
      loadPackets,
      loadLost,
      workerPackets,
      workerLost,
      browserPackets,
      browserLost,
      perCoreAt70: cpu > 0 ? Math.round((count * 0.7) / cpu) : 0,
    };
  } finally {
    clearInterval(pump);
    for (const peer of load) peer.close();
    await Promise.all(browsers.map((browser) => browser.close().catch(() => undefined)));
    await server.close();
  }
}

async function main(): Promise<void> {
  console.log(`Cercle SFU benchmark — ${new Date().toISOString()}`);
  console.log(`Machine: ${describeMachine()}`);
  console.log(
    `One mediasoup worker. Per room: ${browsersInFirstRoom} Chromium pages in the first room, ` +
      `the others load peers (SRTP, Opus 32 kbps + VP8 simulcast 90/280/700 kbps, ` +
      `receiving layer ${loadLayer}). Measured over ${measureMs / 1000} s once every consumer exists.\n`,
  );
  const recording = await recordTestStreams();
  for (const config of configs) {
    const r = await run(config, recording);
    const loss = (lost: number, packets: number) =>
      `${lost} of ${packets + lost} (${((lost / Math.max(1, packets + lost)) * 100).toFixed(2)} %)`;
    console.log(`${config.rooms} room(s) × ${config.peers} audio+video peers`);
    console.log(
      `  consumers ${r.consumers} (expected ${r.expected}) · worker CPU ${(r.cpu * 100).toFixed(0)} % of one core · ` +
        `worker RSS ${r.workerRss.toFixed(0)} MiB · Node RSS (server + load client) ${r.nodeRss.toFixed(0)} MiB`,
    );
    console.log(
      `  packets lost: on the way into the worker ${loss(r.workerLost, r.workerPackets)}, ` +
        `on the way to the Chromium pages ${loss(r.browserLost, r.browserPackets)}`,
    );
    console.log(
      `  the load client's own sockets missed ${loss(r.loadLost, r.loadPackets)} of what the ` +
        `worker sent them (this process competes for the same 2 cores)`,
    );
    console.log(`  → consumers per core at 70 % of a core: ${r.perCoreAt70}`);
  }
  console.log(
    '\nGoal: 2 rooms × 12 (528 consumers) under 70 % of one core. Anchors: mediasoup documents ' +
      '~500 consumers per worker; edumeet saw 57 % of a core at 7 video peers.',
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
