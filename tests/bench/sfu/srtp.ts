import { createCipheriv, createHmac, randomBytes } from 'node:crypto';

/*
 * SRTP (RFC 3711, AES_CM_128_HMAC_SHA1_80) for the load client's outgoing
 * RTP, so the media worker decrypts and authenticates every packet as it does
 * for a browser. Only what a sender needs: key derivation, encryption and the
 * 80-bit tag. Incoming packets are counted by their clear headers, never
 * decrypted.
 */

export type SrtpKeys = { keyBase64: string; encrypt: (packet: Buffer, roc: number) => Buffer };

/** AES-CM pseudo-random function of the key derivation (kdr 0, index 0). */
function derive(masterKey: Buffer, masterSalt: Buffer, label: number, length: number): Buffer {
  const iv = Buffer.alloc(16);
  masterSalt.copy(iv, 0);
  iv[7]! ^= label;
  const cipher = createCipheriv('aes-128-ctr', masterKey, iv);
  return cipher.update(Buffer.alloc(length));
}

export function srtpSender(): SrtpKeys {
  const master = randomBytes(30);
  const masterKey = master.subarray(0, 16);
  const masterSalt = master.subarray(16, 30);
  const encryptionKey = derive(masterKey, masterSalt, 0, 16);
  const authKey = derive(masterKey, masterSalt, 1, 20);
  const salt = derive(masterKey, masterSalt, 2, 14);
  return {
    keyBase64: master.toString('base64'),
    encrypt(packet, roc) {
      const cc = packet[0]! & 0x0f;
      let headerLength = 12 + 4 * cc;
      if (packet[0]! & 0x10) headerLength += 4 + 4 * packet.readUInt16BE(headerLength + 2);
      const iv = Buffer.alloc(16);
      salt.copy(iv, 0);
      const ssrc = packet.readUInt32BE(8);
      iv.writeUInt32BE((iv.readUInt32BE(4) ^ ssrc) >>> 0, 4);
      // Packet index: 32-bit rollover counter, then the 16-bit sequence number.
      iv.writeUInt32BE((iv.readUInt32BE(8) ^ roc) >>> 0, 8);
      iv.writeUInt16BE(iv.readUInt16BE(12) ^ packet.readUInt16BE(2), 12);
      const cipher = createCipheriv('aes-128-ctr', encryptionKey, iv);
      const body = cipher.update(packet.subarray(headerLength));
      const out = Buffer.concat([packet.subarray(0, headerLength), body, Buffer.alloc(10)]);
      const rocBytes = Buffer.alloc(4);
      rocBytes.writeUInt32BE(roc >>> 0);
      const tag = createHmac('sha1', authKey)
        .update(out.subarray(0, out.length - 10))
        .update(rocBytes)
        .digest();
      tag.copy(out, out.length - 10, 0, 10);
      return out;
    },
  };
}
