/**
 * Just enough RTP and RTCP to talk to a mediasoup PlainTransport from a test:
 * packets with one-byte header extensions (RFC 8285), their parsing, a
 * generic NACK (RFC 4585), and AV1 dependency descriptors (AV1 RTP spec,
 * appendix A) written bit by bit.
 */

export type RtpOut = {
  payloadType: number;
  ssrc: number;
  seq: number;
  timestamp: number;
  marker: boolean;
  /** Header extensions by id (1–14), each 1–16 bytes. */
  extensions: ReadonlyArray<readonly [id: number, value: Buffer]>;
  payload: Buffer;
};

export function rtpPacket(packet: RtpOut): Buffer {
  const elements = packet.extensions.map(([id, value]) => {
    if (id < 1 || id > 14 || value.length < 1 || value.length > 16) {
      throw new Error(`extension ${id} of ${value.length} bytes does not fit a one-byte header`);
    }
    return Buffer.concat([Buffer.from([(id << 4) | (value.length - 1)]), value]);
  });
  const body = Buffer.concat(elements);
  const padded = Buffer.concat([body, Buffer.alloc((4 - (body.length % 4)) % 4)]);
  const header = Buffer.alloc(16);
  header[0] = 0x90; // version 2, extension bit
  header[1] = (packet.marker ? 0x80 : 0) | packet.payloadType;
  header.writeUInt16BE(packet.seq & 0xffff, 2);
  header.writeUInt32BE(packet.timestamp >>> 0, 4);
  header.writeUInt32BE(packet.ssrc >>> 0, 8);
  header.writeUInt16BE(0xbede, 12);
  header.writeUInt16BE(padded.length / 4, 14);
  return Buffer.concat([header, padded, packet.payload]);
}

export type RtpIn = {
  payloadType: number;
  ssrc: number;
  seq: number;
  extensions: Map<number, Buffer>;
  /** False when an extension element claims more bytes than the block holds. */
  extensionsWellFormed: boolean;
  payload: Buffer;
};

/** RTP or RTCP on one port (RFC 5761): RTCP packet types 192–223 land in 64–95 once M is masked. */
export function isRtcp(data: Buffer): boolean {
  return data.length >= 2 && (data[1] as number) >= 192 && (data[1] as number) <= 223;
}

export function parseRtp(data: Buffer): RtpIn {
  const first = data[0] as number;
  let offset = 12 + (first & 0x0f) * 4;
  const extensions = new Map<number, Buffer>();
  let extensionsWellFormed = true;
  if (first & 0x10) {
    const profile = data.readUInt16BE(offset);
    const end = offset + 4 + data.readUInt16BE(offset + 2) * 4;
    let at = offset + 4;
    const twoBytes = (profile & 0xfff0) === 0x1000;
    while (at < end) {
      const id = twoBytes ? (data[at] as number) : (data[at] as number) >> 4;
      if (id === 0) {
        at += 1; // padding
        continue;
      }
      const length = twoBytes ? (data[at + 1] as number) : ((data[at] as number) & 0x0f) + 1;
      const start = at + (twoBytes ? 2 : 1);
      extensions.set(id, data.subarray(start, start + length));
      at = start + length;
    }
    extensionsWellFormed = at === end;
    offset = end;
  }
  const padding = first & 0x20 ? (data[data.length - 1] as number) : 0;
  return {
    payloadType: (data[1] as number) & 0x7f,
    ssrc: data.readUInt32BE(8),
    seq: data.readUInt16BE(2),
    extensions,
    extensionsWellFormed,
    payload: data.subarray(offset, data.length - padding),
  };
}

/** A generic NACK asking for `first` and each of the 16 packets after it whose bit is set. */
export function rtcpNack(senderSsrc: number, mediaSsrc: number, first: number, bitmask: number) {
  const packet = Buffer.alloc(16);
  packet[0] = 0x81; // version 2, FMT 1 (generic NACK)
  packet[1] = 205; // RTPFB
  packet.writeUInt16BE(3, 2); // length in 32-bit words, minus one
  packet.writeUInt32BE(senderSsrc >>> 0, 4);
  packet.writeUInt32BE(mediaSsrc >>> 0, 8);
  packet.writeUInt16BE(first & 0xffff, 12);
  packet.writeUInt16BE(bitmask & 0xffff, 14);
  return packet;
}

class BitWriter {
  readonly #bits: number[] = [];

  put(value: number, width: number): this {
    for (let bit = width - 1; bit >= 0; bit -= 1) this.#bits.push(Math.floor(value / 2 ** bit) % 2);
    return this;
  }

  bytes(): Buffer {
    const out = Buffer.alloc(Math.ceil(this.#bits.length / 8));
    this.#bits.forEach((bit, index) => {
      if (bit) out[index >> 3] = (out[index >> 3] as number) | (0x80 >> (index & 7));
    });
    return out;
  }
}

/**
 * A key frame's descriptor carrying a template structure with one template
 * and `decodeTargets` decode targets (1–32), all "switch" indications, no
 * frame diffs, no chains, no resolutions.
 */
export function keyFrameDescriptor(frameNumber: number, decodeTargets: number): Buffer {
  const bits = new BitWriter()
    .put(1, 1) // start of frame
    .put(1, 1) // end of frame
    .put(0, 6) // frame dependency template id
    .put(frameNumber, 16)
    .put(1, 1) // template dependency structure present
    .put(0, 1) // active decode targets present
    .put(0, 3) // custom dtis, fdiffs, chains
    .put(0, 6) // template id offset
    .put(decodeTargets - 1, 5)
    .put(3, 2); // next layer idc: no more templates
  for (let target = 0; target < decodeTargets; target += 1) bits.put(2, 2); // "switch"
  bits.put(0, 1); // no frame diffs
  // chain count 0, written as ns(decodeTargets + 1): floor(log2(n)) bits of zero.
  bits.put(0, Math.floor(Math.log2(decodeTargets + 1)));
  bits.put(0, 1); // resolutions present
  return bits.bytes();
}

/** The smallest descriptor a delta frame may carry: the three mandatory bytes only. */
export function mandatoryDescriptor(frameNumber: number): Buffer {
  return new BitWriter().put(1, 1).put(1, 1).put(0, 6).put(frameNumber, 16).bytes();
}
