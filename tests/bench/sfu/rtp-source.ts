import { spawn } from 'node:child_process';
import { createSocket, type Socket } from 'node:dgram';

/*
 * A recorded stream for the load client: ffmpeg (Debian's) encodes a test
 * pattern and a tone once, to VP8 in three simulcast sizes and to Opus, and
 * sends them as RTP to sockets here; the packets are kept and replayed by
 * every load peer with its own SSRCs, sequence numbers and picture ids.
 */

export type RecordedPacket = { timestamp: number; marker: boolean; payload: Buffer };
export type RecordedStream = {
  clockRate: number;
  durationTicks: number;
  packets: RecordedPacket[];
};
export type Recording = {
  audio: RecordedStream;
  video: [RecordedStream, RecordedStream, RecordedStream];
};

const seconds = 8;
const layers = [
  { size: '160x120', bitrate: '90k' },
  { size: '320x240', bitrate: '280k' },
  { size: '640x480', bitrate: '700k' },
] as const;

async function listen(): Promise<Socket> {
  const socket = createSocket({ type: 'udp4', recvBufferSize: 8 * 1024 * 1024 });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return socket;
}

function collect(socket: Socket, packets: RecordedPacket[]): void {
  socket.on('message', (packet) => {
    // ffmpeg also sends RTCP (packet types 200–204): only RTP is kept.
    if (packet.length < 12 || (packet[1]! >= 200 && packet[1]! <= 204)) return;
    const cc = packet[0]! & 0x0f;
    let offset = 12 + 4 * cc;
    if (packet[0]! & 0x10) offset += 4 + 4 * packet.readUInt16BE(offset + 2);
    packets.push({
      timestamp: packet.readUInt32BE(4),
      marker: (packet[1]! & 0x80) !== 0,
      payload: Buffer.from(packet.subarray(offset)),
    });
  });
}

export async function recordTestStreams(): Promise<Recording> {
  const sockets = await Promise.all([listen(), listen(), listen(), listen()]);
  const captured = sockets.map(() => [] as RecordedPacket[]);
  sockets.forEach((socket, i) => collect(socket, captured[i]!));
  const url = (i: number) => `rtp://127.0.0.1:${sockets[i]!.address().port}?pkt_size=1200`;
  const vp8 = (i: number) => [
    ...['-map', i === 2 ? '[full]' : `[l${i}]`, '-c:v', 'libvpx', '-b:v', layers[i]!.bitrate],
    ...['-deadline', 'realtime', '-cpu-used', '8', '-g', '40', '-keyint_min', '40'],
    ...['-auto-alt-ref', '0', '-f', 'rtp', '-payload_type', '96', url(i)],
  ];
  const args = [
    ...['-hide_banner', '-loglevel', 'error', '-readrate', '2'],
    ...['-f', 'lavfi', '-i', `testsrc2=size=640x480:rate=20:duration=${seconds}`],
    ...[
      '-readrate',
      '2',
      '-f',
      'lavfi',
      '-i',
      `sine=frequency=330:sample_rate=48000:duration=${seconds}`,
    ],
    ...['-filter_complex', '[0:v]split=3[a][b][full];[a]scale=160:120[l0];[b]scale=320:240[l1]'],
    ...vp8(0),
    ...vp8(1),
    ...vp8(2),
    ...['-map', '1:a', '-c:a', 'libopus', '-b:a', '32k', '-application', 'voip'],
    ...['-frame_duration', '20', '-f', 'rtp', '-payload_type', '111', url(3)],
  ];
  await new Promise<void>((resolve, reject) => {
    const ffmpeg = spawn('ffmpeg', args, { stdio: ['ignore', 'ignore', 'inherit'] });
    ffmpeg.on('error', (error) =>
      reject(new Error(`ffmpeg (Debian package ffmpeg) is needed: ${error.message}`)),
    );
    ffmpeg.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`ffmpeg exited with ${code}`)),
    );
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
  for (const socket of sockets) socket.close();
  const stream = (packets: RecordedPacket[], clockRate: number): RecordedStream => ({
    clockRate,
    durationTicks: seconds * clockRate,
    packets,
  });
  return {
    audio: stream(captured[3]!, 48_000),
    video: [
      stream(captured[0]!, 90_000),
      stream(captured[1]!, 90_000),
      stream(captured[2]!, 90_000),
    ],
  };
}
