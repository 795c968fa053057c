/**
 * `npm run bench:network`: what a participant on a bad network hears and
 * sees. Two real Chromium pages in a call through the real session server
 * and mediasoup on 127.0.0.1; Bao's media goes through a UDP relay that
 * drops, delays or limits it (both ways), Alix's does not. For each
 * impairment it prints what Bao receives from Alix (Bao's downlink) and what
 * Alix receives from Bao (Bao's uplink), then how long Bao takes to get back
 * to the unimpaired picture and sound once the impairment ends.
 *
 * Chromium's own emulation (--force-fieldtrials=WebRTC-FakeNetwork…Config)
 * was tried first and has no effect in Debian's Chromium 156: RTT and loss
 * in getStats stay at 1 ms and 0, so the relay is what we measure with.
 */
import { openLab, type LabPage } from './network/call-lab';
import { longestFrozenMs, resetFrames } from '../e2e/pages/frame-watch';
import { delta, sample, type Delta } from '../e2e/pages/media-stats';
import type { Impairment } from '../host/udp-relay';
import { describeMachine } from './machine';

type Scenario = { label: string; impairment: Impairment };

const scenarios: Scenario[] = [
  { label: 'baseline, no impairment', impairment: {} },
  { label: '(a) 5 % loss + 300 ms RTT', impairment: { lossPercent: 5, delayMs: 150 } },
  { label: '(b) 300 kbps link', impairment: { rateKbps: 300, queueMs: 300 } },
  { label: '(c) 15 % loss', impairment: { lossPercent: 15 } },
];

const adaptMs = 6_000;
const measureMs = 20_000;
const recoverWithinMs = 30_000;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Measured = { down: Delta; up: Delta; downFrozenMs: number; upFrozenMs: number };

async function measure(alix: LabPage, bao: LabPage): Promise<Measured> {
  const [d0, u0] = await Promise.all([sample(bao.page, 'Alix'), sample(alix.page, 'Bao')]);
  await Promise.all([resetFrames(bao.page), resetFrames(alix.page)]);
  await wait(measureMs);
  const [d1, u1] = await Promise.all([sample(bao.page, 'Alix'), sample(alix.page, 'Bao')]);
  return {
    down: delta(d0, d1),
    up: delta(u0, u1),
    downFrozenMs: await longestFrozenMs(bao.page, 'Alix'),
    upFrozenMs: await longestFrozenMs(alix.page, 'Bao'),
  };
}

/**
 * Back to normal, each way on its own: over one second, sound without
 * concealment and the baseline's picture (frame rate and size).
 */
async function timeToRecover(alix: LabPage, bao: LabPage, baseline: Measured) {
  const started = Date.now();
  const back: { down?: number; up?: number } = {};
  let before = [await sample(bao.page, 'Alix'), await sample(alix.page, 'Bao')] as const;
  while (
    Date.now() - started < recoverWithinMs &&
    (back.down === undefined || back.up === undefined)
  ) {
    await wait(1_000);
    const now = [await sample(bao.page, 'Alix'), await sample(alix.page, 'Bao')] as const;
    const normal = (d: Delta, base: Delta) =>
      d.concealment < 0.01 && d.fps >= base.fps * 0.7 && d.width >= base.width;
    if (back.down === undefined && normal(delta(before[0], now[0]), baseline.down)) {
      back.down = Date.now() - started;
    }
    if (back.up === undefined && normal(delta(before[1], now[1]), baseline.up)) {
      back.up = Date.now() - started;
    }
    before = now;
  }
  return back;
}

const seconds = (ms: number | undefined) =>
  ms === undefined ? `not within ${recoverWithinMs / 1000} s` : `${(ms / 1000).toFixed(1)} s`;

function row(direction: string, d: Delta, frozenMs: number): string {
  const pct = (value: number) => `${(value * 100).toFixed(1)} %`;
  return [
    `  ${direction.padEnd(24)}`,
    `concealed ${pct(d.concealment).padStart(7)}`,
    `lost audio ${String(d.audioPacketsLost).padStart(4)} / video ${String(d.videoPacketsLost).padStart(4)}`,
    `voice NACKs ${String(d.audioNacks).padStart(3)}`,
    `jitter buffer ${d.jitterBufferMs.toFixed(0).padStart(4)} ms`,
    `video ${d.fps.toFixed(1).padStart(4)} fps ${`${d.width}×${d.height}`.padStart(7)}`,
    `longest freeze ${(frozenMs / 1000).toFixed(1)} s`,
  ].join(' · ');
}

async function main(): Promise<void> {
  console.log(`Cercle network benchmark — ${new Date().toISOString()}`);
  console.log(`Machine: ${describeMachine()}`);
  const lab = await openLab();
  try {
    const alix = await lab.join('Alix');
    const bao = await lab.join('Bao');
    console.log(`Chromium ${alix.browser.version()}, mediasoup worker on 127.0.0.1`);
    console.log(
      `Bao's media passes a UDP relay (both ways). Each case: ${adaptMs / 1000} s to adapt, ` +
        `then ${measureMs / 1000} s measured.\n`,
    );
    await wait(adaptMs);
    let baseline: Measured | undefined;
    for (const scenario of scenarios) {
      bao.relay.impair(scenario.impairment);
      await wait(adaptMs);
      const measured = await measure(alix, bao);
      baseline ??= measured;
      bao.relay.impair({});
      // Video given up during the impairment: the person presses the button once it is over.
      const gaveUp =
        (await bao.page.getByRole('button', { name: 'Réessayer la vidéo' }).count()) > 0;
      if (gaveUp) await bao.page.getByRole('button', { name: 'Réessayer la vidéo' }).click();
      const recovery =
        scenario === scenarios[0] ? undefined : await timeToRecover(alix, bao, baseline);
      console.log(scenario.label);
      console.log(row('Bao receives (downlink)', measured.down, measured.downFrozenMs));
      console.log(row('Alix receives (uplink)', measured.up, measured.upFrozenMs));
      if (gaveUp)
        console.log(
          '  Bao’s page gave up video (downlink too weak), said so, and was asked for it again',
        );
      if (recovery) {
        console.log(
          `  back to the baseline once it ends: Bao receives in ${seconds(recovery.down)}, ` +
            `Alix receives in ${seconds(recovery.up)}`,
        );
      }
      const counts = bao.relay.counts;
      console.log(
        `  relay, since the start: up ${counts.up.forwarded} passed / ${counts.up.dropped} dropped, ` +
          `down ${counts.down.forwarded} / ${counts.down.dropped}`,
      );
    }
    console.log(
      '\nGoals: concealment ≤ 5 % at (a), sound uninterrupted at (b), no freeze over 2 s.',
    );
  } finally {
    await lab.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
