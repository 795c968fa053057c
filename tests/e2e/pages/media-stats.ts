import type { Page } from '@playwright/test';

/*
 * What one page receives from one other person and what it sends, read from
 * its RTCPeerConnections (kept by `capturePeerConnections`). Counters are
 * cumulative, as getStats gives them; `delta` turns two samples into rates.
 */

export type AudioIn = {
  packetsReceived: number;
  packetsLost: number;
  bytesReceived: number;
  totalSamplesReceived: number;
  concealedSamples: number;
  silentConcealedSamples: number;
  fecPacketsReceived: number;
  jitterBufferDelay: number;
  jitterBufferEmittedCount: number;
  /** Retransmissions asked for (voice NACK). */
  nackCount: number;
};

export type VideoIn = {
  packetsReceived: number;
  packetsLost: number;
  bytesReceived: number;
  framesDecoded: number;
  frameWidth: number;
  frameHeight: number;
  freezeCount: number;
  totalFreezesDuration: number;
  nackCount: number;
};

export type Outbound = {
  /** Round trip to the server, from RTCP receiver reports (seconds). */
  roundTripTime: number | null;
  /** Fraction lost on the way up, from the server's receiver reports. */
  fractionLost: number | null;
  /** Why the browser sends less video than it could ('bandwidth', 'cpu', 'none'). */
  qualityLimitation: string | null;
  /** Simulcast layers actually sent (bytes grow), by rid. */
  videoBytesByRid: Record<string, number>;
  /** Width of what each simulcast layer sends right now (0: the layer is off). */
  videoWidthByRid: Record<string, number>;
};

export type Sample = {
  at: number;
  audio: AudioIn | null;
  video: VideoIn | null;
  out: Outbound;
  /** The browser's own estimate of what it may send (candidate pair, bps). */
  availableOutgoingBitrate: number | null;
};

/*
 * Runs in the page. A string, so that the bundler's helpers (tsx names
 * functions with `__name`) never reach the page.
 */
const readInPage = `async (from) => {
  const owners = new Set();
  for (const tile of document.querySelectorAll('.tile')) {
    if (tile.querySelector('.tile-name')?.textContent !== from) continue;
    for (const track of tile.querySelector('video')?.srcObject?.getVideoTracks() ?? []) owners.add(track.id);
    const audio = document.querySelector('audio[data-peer="' + tile.dataset.peer + '"]');
    for (const track of audio?.srcObject?.getAudioTracks() ?? []) owners.add(track.id);
  }
  const audioFields = ['packetsReceived', 'packetsLost', 'bytesReceived', 'totalSamplesReceived',
    'concealedSamples', 'silentConcealedSamples', 'fecPacketsReceived', 'jitterBufferDelay',
    'jitterBufferEmittedCount', 'nackCount'];
  const videoFields = ['packetsReceived', 'packetsLost', 'bytesReceived', 'framesDecoded',
    'frameWidth', 'frameHeight', 'freezeCount', 'totalFreezesDuration', 'nackCount'];
  const result = {
    at: Date.now(), audio: null, video: null,
    out: { roundTripTime: null, fractionLost: null, qualityLimitation: null, videoBytesByRid: {}, videoWidthByRid: {} },
    availableOutgoingBitrate: null,
  };
  for (const pc of window.__cerclePcs) {
    if (pc.connectionState === 'closed') continue;
    (await pc.getStats()).forEach((stat) => {
      if (stat.type === 'inbound-rtp' && owners.has(String(stat.trackIdentifier))) {
        const fields = stat.kind === 'audio' ? audioFields : videoFields;
        const entry = Object.fromEntries(fields.map((f) => [f, typeof stat[f] === 'number' ? stat[f] : 0]));
        if (stat.kind === 'audio') result.audio = entry; else result.video = entry;
      } else if (stat.type === 'remote-inbound-rtp' && stat.kind === 'audio') {
        if (typeof stat.roundTripTime === 'number') result.out.roundTripTime = stat.roundTripTime;
        if (typeof stat.fractionLost === 'number') result.out.fractionLost = stat.fractionLost;
      } else if (stat.type === 'outbound-rtp' && stat.kind === 'video') {
        result.out.videoBytesByRid[String(stat.rid ?? '-')] = stat.bytesSent ?? 0;
        result.out.videoWidthByRid[String(stat.rid ?? '-')] = stat.frameWidth ?? 0;
        const reason = stat.qualityLimitationReason;
        if (typeof reason === 'string' && reason !== 'none') result.out.qualityLimitation = reason;
        else result.out.qualityLimitation ??= 'none';
      } else if (stat.type === 'candidate-pair' && stat.nominated === true) {
        if (typeof stat.availableOutgoingBitrate === 'number') {
          result.availableOutgoingBitrate = stat.availableOutgoingBitrate;
        }
      }
    });
  }
  return result;
}`;

/** One sample of what `page` receives from the tile named `from`, and of what it sends. */
export function sample(page: Page, from: string): Promise<Sample> {
  return page.evaluate(`(${readInPage})(${JSON.stringify(from)})`) as Promise<Sample>;
}

/** What happened between two samples. */
export function delta(before: Sample, after: Sample) {
  const seconds = Math.max(0.001, (after.at - before.at) / 1000);
  const a0 = before.audio;
  const a1 = after.audio;
  const v0 = before.video;
  const v1 = after.video;
  const audioSamples = a1 && a0 ? a1.totalSamplesReceived - a0.totalSamplesReceived : 0;
  const concealed =
    a1 && a0
      ? a1.concealedSamples -
        a1.silentConcealedSamples -
        (a0.concealedSamples - a0.silentConcealedSamples)
      : 0;
  const emitted = a1 && a0 ? a1.jitterBufferEmittedCount - a0.jitterBufferEmittedCount : 0;
  return {
    seconds,
    audioSamples,
    /** Share of played audio that was made up to hide missing packets (comfort noise excluded). */
    concealment: audioSamples > 0 ? concealed / audioSamples : 0,
    audioPacketsLost: a1 && a0 ? a1.packetsLost - a0.packetsLost : 0,
    audioPacketsReceived: a1 && a0 ? a1.packetsReceived - a0.packetsReceived : 0,
    audioBytes: a1 && a0 ? a1.bytesReceived - a0.bytesReceived : 0,
    fecPackets: a1 && a0 ? a1.fecPacketsReceived - a0.fecPacketsReceived : 0,
    audioNacks: a1 && a0 ? a1.nackCount - a0.nackCount : 0,
    /** Average time a sample waited in the jitter buffer (ms). */
    jitterBufferMs:
      emitted > 0 && a1 && a0
        ? ((a1.jitterBufferDelay - a0.jitterBufferDelay) / emitted) * 1000
        : 0,
    fps: v1 && v0 ? (v1.framesDecoded - v0.framesDecoded) / seconds : 0,
    videoPacketsLost: v1 && v0 ? v1.packetsLost - v0.packetsLost : 0,
    videoPacketsReceived: v1 && v0 ? v1.packetsReceived - v0.packetsReceived : 0,
    freezes: v1 && v0 ? v1.freezeCount - v0.freezeCount : 0,
    freezeSeconds: v1 && v0 ? v1.totalFreezesDuration - v0.totalFreezesDuration : 0,
    width: v1?.frameWidth ?? 0,
    height: v1?.frameHeight ?? 0,
  };
}
export type Delta = ReturnType<typeof delta>;
