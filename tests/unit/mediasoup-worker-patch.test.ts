/**
 * GHSA-jhm4-v227-4375: mediasoup before 3.23.0 could write past an RTP
 * packet's dependency-descriptor extension in
 * RTP::Packet::UpdateDependencyDescriptor(). Cercle runs 3.19.22, the last
 * release that builds from npm + Debian, so scripts/build-mediasoup-worker.sh
 * backports upstream's bounds check (step 3c). These tests check the patch
 * step, and send the crafted extension to the real worker.
 *
 * Why the worker survives even unpatched: in 3.19.22 the function's only
 * caller is the AV1 retransmission encoder, which nothing creates (the call in
 * AV1::PayloadDescriptorHandler::Process() is commented out upstream), and
 * Cercle's router offers neither AV1 nor H264, the codecs whose packets get a
 * descriptor parsed at all. The network test plays the dangerous shape anyway
 * (a key frame declaring 32 decode targets, then descriptors sized to their
 * 3 mandatory bytes, which a re-serialised descriptor with an active decode
 * target mask would overflow) through the forwarding and NACK paths.
 */
import { spawnSync } from 'node:child_process';
import { createSocket, type Socket } from 'node:dgram';
import { once } from 'node:events';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as mediasoup from 'mediasoup';
import type { types } from 'mediasoup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaCodecs } from '../../src/server/media/codecs';
import { mediaSkipReason } from '../../src/server/testing/harness';
import {
  isRtcp,
  keyFrameDescriptor,
  mandatoryDescriptor,
  parseRtp,
  rtcpNack,
  rtpPacket,
  type RtpIn,
} from './rtp-packets';

const root = resolve(__dirname, '../..');
const script = readFileSync(join(root, 'scripts/build-mediasoup-worker.sh'), 'utf8');
/** The warning the backported check logs; it is compiled into a patched worker. */
const marker = 'updated dependency descriptor does not fit its slot';
const ddUri =
  'https://aomediacodec.github.io/av1-rtp-spec/#dependency-descriptor-rtp-header-extension';

function scriptRevision(): number {
  const match = /\$VERSION-r(\d+)"/.exec(script);
  if (!match?.[1]) throw new Error('no cache revision in build-mediasoup-worker.sh');
  return Number(match[1]);
}

function patchStep(): string {
  const start = script.indexOf('\n# 3c.');
  const end = script.indexOf('\n# 4.', start);
  if (start < 0 || end < 0) throw new Error('no step 3c in build-mediasoup-worker.sh');
  return script.slice(start, end);
}

describe('the GHSA-jhm4-v227-4375 backport in scripts/build-mediasoup-worker.sh', () => {
  it('bounds the copy in UpdateDependencyDescriptor(), under a cache revision of its own', () => {
    // r2 binaries were built without the check; a new revision keeps them from being reused.
    expect(scriptRevision()).toBeGreaterThanOrEqual(3);
    const step = patchStep();
    expect(step).toContain('GHSA-jhm4-v227-4375');

    const installed = JSON.parse(
      readFileSync(join(root, 'node_modules/mediasoup/package.json'), 'utf8'),
    ) as { version: string };
    expect(installed.version).toMatch(/^3\.19\./);
    const work = mkdtempSync(join(tmpdir(), 'cercle-ms-patch-'));
    try {
      const source = join(root, 'node_modules/mediasoup/worker/src/RTC/RTP/Packet.cpp');
      mkdirSync(join(work, 'src/RTC/RTP'), { recursive: true });
      copyFileSync(source, join(work, 'src/RTC/RTP/Packet.cpp'));
      const run = spawnSync('bash', ['-euo', 'pipefail', '-c', step], { cwd: work });
      expect(run.stderr.toString()).toBe('');
      expect(run.status).toBe(0);

      const before = readFileSync(source, 'utf8');
      const after = readFileSync(join(work, 'src/RTC/RTP/Packet.cpp'), 'utf8');
      const body = (text: string) => {
        const start = text.indexOf('bool Packet::UpdateDependencyDescriptor(');
        return text.slice(start, text.indexOf('\n\t\t}\n', start));
      };
      const patched = body(after);
      const guard = patched.indexOf('if (len > extenLen)');
      expect(guard).toBeGreaterThan(0);
      expect(guard).toBeLessThan(patched.indexOf('std::memcpy(extenValue, data, len);'));
      expect(patched.slice(guard)).toMatch(/^if \(len > extenLen\)\s*\{[^}]*return false;\s*\}/);
      // Nothing else in the file moved: only the guard's lines were added.
      const removed = before.split('\n').filter((line) => !after.split('\n').includes(line));
      expect(removed).toEqual([]);
      expect(after.split('\n').length - before.split('\n').length).toBe(8);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('is compiled into the worker the tests run, when the script built it at that revision', (context) => {
    const bin = process.env['MEDIASOUP_WORKER_BIN'];
    const built = bin ? /\/(3\.19\.\d+)-r(\d+)\/mediasoup-worker$/.exec(bin) : null;
    if (!bin || !built || Number(built[2]) !== scriptRevision()) {
      console.log(
        `Worker patch check skipped: MEDIASOUP_WORKER_BIN=${bin ?? '(unset)'} is not this ` +
          `script's r${scriptRevision()} build (run scripts/build-mediasoup-worker.sh).`,
      );
      context.skip();
      return;
    }
    expect(readFileSync(bin).includes(marker)).toBe(true);
  });
});

const skipMedia = mediaSkipReason();
if (skipMedia) console.log(`Dependency-descriptor media test skipped: ${skipMedia}.`);

describe.skipIf(skipMedia !== undefined)(
  'a crafted dependency descriptor sent to the worker',
  () => {
    const producerSsrc = 0x11112222;
    const av1Pt = 96;
    let worker: types.Worker;
    let died: Error | undefined;
    let router: types.Router;
    let sendTransport: types.PlainTransport;
    let recvTransport: types.PlainTransport;
    let consumer: types.Consumer;
    let sender: Socket;
    let receiver: Socket;
    const received: RtpIn[] = [];
    const waiters: Array<() => void> = [];

    /** Resolves once the packets received so far satisfy `done`. */
    const receivedUntil = (done: (packets: RtpIn[]) => boolean) =>
      new Promise<void>((resolvePromise) => {
        const check = () => {
          if (done(received)) resolvePromise();
          else waiters.push(check);
        };
        check();
      });

    beforeAll(async () => {
      worker = await mediasoup.createWorker({ logLevel: 'error' });
      worker.on('died', (error) => {
        died = error;
      });
      router = await worker.createRouter({
        mediaCodecs: [{ kind: 'video', mimeType: 'video/AV1', clockRate: 90000 }],
      });
      const listenInfo = { protocol: 'udp' as const, ip: '127.0.0.1' };
      sendTransport = await router.createPlainTransport({
        listenInfo,
        rtcpMux: true,
        comedia: true,
      });
      recvTransport = await router.createPlainTransport({
        listenInfo,
        rtcpMux: true,
        comedia: false,
      });

      sender = createSocket('udp4');
      receiver = createSocket('udp4');
      sender.bind(0, '127.0.0.1');
      receiver.bind(0, '127.0.0.1');
      await Promise.all([once(sender, 'listening'), once(receiver, 'listening')]);
      receiver.on('message', (data: Buffer) => {
        if (isRtcp(data)) return;
        const packet = parseRtp(data);
        if (packet.ssrc !== consumer.rtpParameters.encodings?.[0]?.ssrc) return; // probes
        received.push(packet);
        for (const waiter of waiters.splice(0)) waiter();
      });
      await recvTransport.connect({ ip: '127.0.0.1', port: receiver.address().port });

      const producer = await sendTransport.produce({
        kind: 'video',
        rtpParameters: {
          codecs: [{ mimeType: 'video/AV1', payloadType: av1Pt, clockRate: 90000 }],
          headerExtensions: [
            { uri: ddUri, id: 3 },
            { uri: 'urn:3gpp:video-orientation', id: 4 },
          ],
          encodings: [{ ssrc: producerSsrc }],
        },
      });
      // Without RTX, a NACKed packet comes back on the same SSRC, through
      // RtpStreamSend's retransmission path: the one that could reach the bug.
      const capabilities = {
        ...router.rtpCapabilities,
        codecs: router.rtpCapabilities.codecs?.filter((codec) => codec.mimeType !== 'video/rtx'),
      };
      consumer = await recvTransport.consume({
        producerId: producer.id,
        rtpCapabilities: capabilities,
      });
      expect(consumer.rtpParameters.codecs[0]?.rtcpFeedback).toContainEqual({
        type: 'nack',
        parameter: '',
      });
    });

    afterAll(async () => {
      sender?.close();
      receiver?.close();
      worker?.close();
    });

    /** Each sent packet, by the payload that names it. */
    const sent = new Map<string, { dd: Buffer; cvo: number }>();

    function send(seq: number, dd: Buffer) {
      const payload = Buffer.from(`cercle-av1-${seq}-`.padEnd(48, '.'));
      const cvo = seq % 4; // camera rotation bits, a byte right after the descriptor
      sent.set(payload.toString(), { dd, cvo });
      const packet = rtpPacket({
        payloadType: av1Pt,
        ssrc: producerSsrc,
        seq,
        timestamp: seq * 3000,
        marker: true,
        extensions: [
          [3, dd],
          [4, Buffer.from([cvo])],
        ],
        payload,
      });
      sender.send(packet, sendTransport.tuple.localPort, '127.0.0.1');
    }

    function intact(packet: RtpIn): boolean {
      const original = sent.get(packet.payload.toString());
      return (
        original !== undefined &&
        packet.extensionsWellFormed &&
        packet.extensions.get(7)?.equals(original.dd) === true && // router id of the descriptor
        packet.extensions.get(8)?.[0] === original.cvo // router id of video orientation
      );
    }

    it('forwards each packet byte for byte, retransmits on NACK, and keeps running', async () => {
      send(1000, keyFrameDescriptor(1000, 32));
      expect(keyFrameDescriptor(1000, 32)).toHaveLength(15);
      for (let seq = 1001; seq <= 1020; seq += 1) send(seq, mandatoryDescriptor(seq));
      await receivedUntil((packets) => packets.length >= 21);
      expect(received.slice(0, 21).every(intact)).toBe(true);

      // Ask again for the 17 delta packets after the key frame.
      const firstDelta = received.find((packet) => packet.payload.toString().includes('-1001-'));
      expect(firstDelta).toBeDefined();
      const nack = rtcpNack(0x33334444, firstDelta?.ssrc ?? 0, firstDelta?.seq ?? 0, 0xffff);
      receiver.send(nack, recvTransport.tuple.localPort, '127.0.0.1');
      await receivedUntil((packets) => packets.length >= 21 + 17);
      const resent = received.slice(21, 38);
      expect(resent.map((packet) => packet.seq)).toEqual(
        Array.from({ length: 17 }, (_, i) => ((firstDelta?.seq ?? 0) + i) & 0xffff),
      );
      expect(resent.every(intact)).toBe(true);

      // Still forwarding, still alive.
      for (let seq = 1021; seq <= 1030; seq += 1) send(seq, mandatoryDescriptor(seq));
      await receivedUntil((packets) => packets.length >= 48);
      expect(received.slice(38).every(intact)).toBe(true);
      expect(died).toBeUndefined();
      expect((await worker.getResourceUsage()).ru_maxrss).toBeGreaterThan(0);
      const stats = await consumer.getStats();
      expect(stats.find((entry) => entry.type === 'outbound-rtp')?.packetsRetransmitted).toBe(17);
    });

    it("is never parsed by Cercle's own router, which takes no AV1 or H264 producer", async () => {
      const cercle = await worker.createRouter({ mediaCodecs });
      const transport = await cercle.createPlainTransport({
        listenInfo: { protocol: 'udp', ip: '127.0.0.1' },
        comedia: true,
      });
      for (const mimeType of ['video/AV1', 'video/H264']) {
        await expect(
          transport.produce({
            kind: 'video',
            rtpParameters: {
              codecs: [{ mimeType, payloadType: 100, clockRate: 90000 }],
              headerExtensions: [{ uri: ddUri, id: 3 }],
              encodings: [{ ssrc: 0x55556666 }],
            },
          }),
          mimeType,
        ).rejects.toThrow(/unsupported codec/);
      }
      cercle.close();
    });
  },
);
