import { execFileSync } from 'node:child_process';
import { expect, type Page } from '@playwright/test';

/*
 * What a call page receives, read from its RTCPeerConnections' statistics
 * and attributed to people through the call view (tiles and audio elements
 * name whose track is whose).
 */

/** Keeps every RTCPeerConnection of the page, to read its statistics. */
export const capturePeerConnections = `(() => {
  const Native = window.RTCPeerConnection;
  const all = [];
  window.__cerclePcs = all;
  window.RTCPeerConnection = class extends Native {
    constructor(...args) { super(...args); all.push(this); }
  };
})();`;

export type Received = { audioBytes: number; videoBytes: number; frames: number };
type Inbound = { byName: Record<string, Received>; videoStreams: number; audioStreams: number };

/** inbound-rtp statistics by the name of the person they come from (tiles and audio elements say whose track is whose). */
export function inbound(page: Page): Promise<Inbound> {
  return page.evaluate(async () => {
    const names = new Map<string, string>();
    const owners = new Map<string, string>();
    for (const tile of Array.from(document.querySelectorAll<HTMLElement>('.tile'))) {
      const name = tile.querySelector('.tile-name')?.textContent ?? '';
      names.set(tile.dataset['peer'] ?? '', name);
      const stream = tile.querySelector('video')?.srcObject as MediaStream | null | undefined;
      for (const track of stream?.getVideoTracks() ?? []) owners.set(track.id, name);
    }
    for (const audio of Array.from(
      document.querySelectorAll<HTMLAudioElement>('audio[data-peer]'),
    )) {
      const stream = audio.srcObject as MediaStream | null;
      const name = names.get(audio.dataset['peer'] ?? '') ?? '';
      for (const track of stream?.getAudioTracks() ?? []) owners.set(track.id, name);
    }
    const result = { byName: {} as Record<string, Received>, videoStreams: 0, audioStreams: 0 };
    const pcs = (window as unknown as { __cerclePcs: RTCPeerConnection[] }).__cerclePcs;
    for (const pc of pcs) {
      if (pc.connectionState === 'closed') continue;
      (await pc.getStats()).forEach((stat: Record<string, unknown>) => {
        // mediasoup-client's bandwidth probe (SSRC 1234) is nobody's picture.
        if (stat['type'] !== 'inbound-rtp' || stat['mid'] === 'probator') return;
        const name = owners.get(String(stat['trackIdentifier'])) ?? '?';
        const entry = (result.byName[name] ??= { audioBytes: 0, videoBytes: 0, frames: 0 });
        const bytes = Number(stat['bytesReceived'] ?? 0);
        if (stat['kind'] === 'video') {
          result.videoStreams += 1;
          entry.videoBytes += bytes;
          entry.frames += Number(stat['framesDecoded'] ?? 0);
        } else {
          result.audioStreams += 1;
          entry.audioBytes += bytes;
        }
      });
    }
    return result;
  });
}

export async function expectGrowing(page: Page, from: string, what: keyof Received): Promise<void> {
  const before = (await inbound(page)).byName[from]?.[what] ?? 0;
  await expect
    .poll(async () => (await inbound(page)).byName[from]?.[what] ?? 0, {
      message: `${what} from ${from} grows`,
      timeout: 30_000,
    })
    .toBeGreaterThan(before);
}

/** Two samples 1.5 s apart give the same count: nothing arrives any more. */
export async function expectStopped(page: Page, from: string, what: keyof Received): Promise<void> {
  let previous = -1;
  await expect
    .poll(
      async () => {
        const now = (await inbound(page)).byName[from]?.[what] ?? 0;
        const same = now === previous;
        previous = now;
        return same;
      },
      { message: `${what} from ${from} stops`, intervals: [1_500], timeout: 30_000 },
    )
    .toBe(true);
}

/** Milliseconds from `since` (or the call start) to this page's first picture of someone else. */
export async function firstFrameAfter(page: Page, since?: number): Promise<number> {
  await expect
    .poll(() =>
      page.evaluate(() => performance.getEntriesByName('cercle:first-remote-frame').length),
    )
    .toBe(1);
  return page.evaluate((start) => {
    const frame = performance.getEntriesByName('cercle:first-remote-frame')[0]!.startTime;
    const from = start ?? performance.getEntriesByName('cercle:call-start')[0]!.startTime;
    return Math.round(frame - from);
  }, since);
}

/** Milliseconds from entering the call to the first bytes of someone else's voice. */
export function firstVoiceAfterStart(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const pcs = (window as unknown as { __cerclePcs: RTCPeerConnection[] }).__cerclePcs;
    const start = performance.getEntriesByName('cercle:call-start')[0]?.startTime ?? 0;
    for (;;) {
      for (const pc of pcs) {
        let heard = false;
        (await pc.getStats()).forEach((stat: Record<string, unknown>) => {
          if (stat['type'] === 'inbound-rtp' && stat['kind'] === 'audio') {
            heard ||= Number(stat['bytesReceived'] ?? 0) > 0;
          }
        });
        if (heard) return Math.round(performance.now() - start);
      }
      // Sampling inside the page: this measures, the test itself waits on the result.
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
}

/** Process ids of the mediasoup workers started under a process (the test host). */
export function mediaWorkersUnder(rootPid: number): number[] {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,comm='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .map(([pid, ppid, comm]) => ({ pid: Number(pid), ppid: Number(ppid), comm: comm ?? '' }));
  const under = new Set([rootPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const row of rows) {
      if (under.has(row.ppid) && !under.has(row.pid)) {
        under.add(row.pid);
        grew = true;
      }
    }
  }
  return rows
    .filter((row) => under.has(row.pid) && row.comm.startsWith('mediasoup-work'))
    .map((row) => row.pid);
}
