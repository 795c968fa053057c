import { createSocket, type Socket } from 'node:dgram';
import { randomInt } from 'node:crypto';
import WebSocket from 'ws';
import type { types } from 'mediasoup';
import type { RoomMedia } from '../../../src/server/media/room-media';
import { SignalingClient } from '../../../src/shared/signaling/client';
import type { RecordedStream, Recording } from './rtp-source';
import { srtpSender } from './srtp';

/*
 * A participant that is not a browser: a real seat (lobby, agreements,
 * admission, consumers offered and resumed over signaling, as a browser
 * does), whose media enters and leaves the room's router through plain SRTP
 * transports on 127.0.0.1 made in this process (RoomMedia.createLoadTransport;
 * no signaling method reaches it). It sends the recorded Opus and three VP8
 * simulcast layers in real time and counts what it receives.
 */

type Outgoing = {
  stream: RecordedStream;
  ssrc: number;
  payloadType: number;
  /** Packets sent so far (sequence number and rollover counter derive from it). */
  sent: number;
  /** Index of the next packet of the recording, and how many loops were played. */
  next: number;
  loops: number;
  /** VP8 only: the picture id of the frame being sent, and its RTP timestamp. */
  pictureId: number;
  lastTimestamp: number;
};

export type LoadPeer = {
  peerId: string;
  /** Sends what is due by `now` (ms since the start): called on a short timer. */
  pump(now: number): void;
  received(): { packets: number; lost: number };
  close(): void;
};

function header(out: Outgoing, timestamp: number, marker: boolean): Buffer {
  const seq = out.sent & 0xffff;
  const packet = Buffer.alloc(12);
  packet[0] = 0x80;
  packet[1] = (marker ? 0x80 : 0) | out.payloadType;
  packet.writeUInt16BE(seq, 2);
  packet.writeUInt32BE(timestamp >>> 0, 4);
  packet.writeUInt32BE(out.ssrc, 8);
  return packet;
}

/** Rewrites the VP8 payload descriptor's 15-bit picture id, which must keep growing across loops. */
function withPictureId(payload: Buffer, pictureId: number): Buffer {
  const copy = Buffer.from(payload);
  if (!(copy[0]! & 0x80) || !(copy[1]! & 0x80) || !(copy[2]! & 0x80)) return copy;
  copy.writeUInt16BE(0x8000 | (pictureId & 0x7fff), 2);
  return copy;
}

export async function joinLoadPeer(options: {
  wsUrl: string;
  roomId: string;
  inviteToken: string;
  name: string;
  media: () => RoomMedia;
  recording: Recording;
  /** The simulcast layer this peer's tiles would ask for (a grid of small tiles: 0 or 1). */
  preferredLayer: 0 | 1 | 2;
  /** Told each step, so a join that hangs says where. */
  step?: (name: string) => void;
}): Promise<LoadPeer> {
  const step = options.step ?? (() => undefined);
  step('connect');
  const client = await SignalingClient.connect(new WebSocket(options.wsUrl));
  const admitted = client.once('admitted');
  step('enterLobby');
  const { peerId } = await client.request('enterLobby', {
    roomId: options.roomId,
    inviteToken: options.inviteToken,
    displayName: options.name,
  });
  step('acknowledge');
  await client.request('acknowledgeAgreements', {});
  step('admission');
  await admitted;
  const media = options.media();
  step('transports');
  const send = await media.createLoadTransport(peerId, 'send');
  const recv = await media.createLoadTransport(peerId, 'recv');
  const out = createSocket('udp4');
  // A large buffer: a busy machine must not make the load client miss what the worker sent.
  const sink = createSocket({ type: 'udp4', recvBufferSize: 4 * 1024 * 1024 });
  await Promise.all([bind(out), bind(sink)]);
  const srtp = srtpSender();
  const srtpParameters = {
    cryptoSuite: 'AES_CM_128_HMAC_SHA1_80' as const,
    keyBase64: srtp.keyBase64,
  };
  step('connect transports');
  await send.connect({ ip: '127.0.0.1', port: out.address().port, srtpParameters });
  await recv.connect({ ip: '127.0.0.1', port: sink.address().port, srtpParameters });

  // What arrives: sequence numbers are in the clear header, so losses show without decrypting.
  const seen = new Map<number, { first: number; highest: number; count: number }>();
  sink.on('message', (packet) => {
    if (packet.length < 12 || (packet[1]! >= 200 && packet[1]! <= 204)) return;
    const ssrc = packet.readUInt32BE(8);
    const seq = packet.readUInt16BE(2);
    const entry = seen.get(ssrc);
    if (!entry) {
      seen.set(ssrc, { first: seq, highest: seq, count: 1 });
      return;
    }
    entry.count += 1;
    const ahead = (seq - (entry.highest & 0xffff) + 0x10000) & 0xffff;
    if (ahead > 0 && ahead < 0x8000) entry.highest += ahead;
  });

  step('capabilities');
  const { rtpCapabilities } = await client.request('getRouterRtpCapabilities', {});
  client.on('newConsumer', ({ consumerId, kind }) => {
    void (async () => {
      await client.request('resumeConsumer', { consumerId });
      if (kind === 'video') {
        await client
          .request('setConsumerPreferredLayers', {
            consumerId,
            spatialLayer: options.preferredLayer,
          })
          .catch(() => undefined);
      }
    })().catch(() => undefined);
  });
  step('startMedia');
  await client.request('startMedia', { rtpCapabilities, sendVideo: true, receiveVideo: true });

  const base = randomInt(1, 2 ** 28);
  const cname = `load-${base}`;
  const audio: Outgoing = outgoing(options.recording.audio, base, 111);
  const video = options.recording.video.map((stream, i) => outgoing(stream, base + 2 + i, 96));
  step('produce audio');
  await client.request('produce', {
    transportId: send.id,
    kind: 'audio',
    rtpParameters: {
      codecs: [
        {
          mimeType: 'audio/opus',
          payloadType: 111,
          clockRate: 48000,
          channels: 2,
          parameters: { useinbandfec: 1, usedtx: 1 },
        },
      ],
      encodings: [{ ssrc: audio.ssrc }],
      rtcp: { cname },
    },
  });
  step('produce video');
  await client.request('produce', {
    transportId: send.id,
    kind: 'video',
    rtpParameters: {
      codecs: [
        {
          mimeType: 'video/VP8',
          payloadType: 96,
          clockRate: 90000,
          rtcpFeedback: [{ type: 'nack' }, { type: 'nack', parameter: 'pli' }],
        },
      ],
      encodings: video.map((layer) => ({ ssrc: layer.ssrc })),
      rtcp: { cname },
    },
  });

  const port = (send as types.PlainTransport).tuple.localPort;
  const offset = randomInt(0, 1000);
  const emit = (stream: Outgoing, now: number) => {
    const { packets, clockRate, durationTicks } = stream.stream;
    const first = packets[0]!.timestamp;
    for (;;) {
      const recorded = packets[stream.next]!;
      const ticks = ((recorded.timestamp - first) >>> 0) + stream.loops * durationTicks;
      if ((ticks / clockRate) * 1000 + offset > now) return;
      const timestamp = (first + ticks) >>> 0;
      let payload = recorded.payload;
      if (stream.payloadType === 96) {
        if (timestamp !== stream.lastTimestamp) stream.pictureId += 1;
        stream.lastTimestamp = timestamp;
        payload = withPictureId(payload, stream.pictureId);
      }
      const packet = Buffer.concat([header(stream, timestamp, recorded.marker), payload]);
      out.send(srtp.encrypt(packet, Math.floor(stream.sent / 0x10000)), port, '127.0.0.1');
      stream.sent += 1;
      stream.next += 1;
      if (stream.next === packets.length) {
        stream.next = 0;
        stream.loops += 1;
      }
    }
  };

  return {
    peerId,
    pump(now) {
      emit(audio, now);
      for (const layer of video) emit(layer, now);
    },
    received() {
      let packets = 0;
      let lost = 0;
      for (const entry of seen.values()) {
        packets += entry.count;
        lost += Math.max(0, entry.highest - entry.first + 1 - entry.count);
      }
      return { packets, lost };
    },
    close() {
      client.close();
      out.close();
      sink.close();
    },
  };
}

function outgoing(stream: RecordedStream, ssrc: number, payloadType: number): Outgoing {
  return {
    stream,
    ssrc,
    payloadType,
    sent: randomInt(0, 30000),
    next: 0,
    loops: 0,
    pictureId: randomInt(0, 0x7fff),
    lastTimestamp: -1,
  };
}

function bind(socket: Socket): Promise<void> {
  return new Promise((resolve) => socket.bind(0, '127.0.0.1', resolve));
}
