import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { SignalingError } from '../errors';
import type { Clock } from '../util/clock';

const version = 'v1';
const claimsSchema = z.strictObject({
  r: z.string(),
  e: z.number(),
  /** The room's invite generation when issued: a newer link makes older ones fail. */
  g: z.int().min(0),
  n: z.string(),
});

function b64url(buffer: Buffer): string {
  return buffer.toString('base64url');
}

/**
 * Invite tokens: `v1.<claims>.<HMAC-SHA256>` with the room id, expiry and
 * invite generation in the claims. The secret lives only in this server's
 * memory, like the rooms the tokens open, so a restart invalidates both
 * together. Whether a generation is still the room's current one is the
 * room's call (Room.admitInvite).
 */
export class InviteTokens {
  readonly #secret: Buffer;
  readonly #clock: Clock;

  constructor(clock: Clock, secret: Buffer = randomBytes(32)) {
    this.#secret = secret;
    this.#clock = clock;
  }

  issue(roomId: string, ttlMs: number, generation = 0): { token: string; expiresAt: number } {
    const expiresAt = this.#clock.now() + ttlMs;
    const claims = b64url(
      Buffer.from(
        JSON.stringify({ r: roomId, e: expiresAt, g: generation, n: b64url(randomBytes(6)) }),
      ),
    );
    return { token: `${version}.${claims}.${this.#mac(claims)}`, expiresAt };
  }

  /** The token's generation; throws TOKEN_INVALID (forged, malformed, other room) or TOKEN_EXPIRED. */
  verify(token: string, roomId: string): { generation: number } {
    const parts = token.split('.');
    const [tokenVersion, claims, mac] = parts;
    if (parts.length !== 3 || tokenVersion !== version || !claims || !mac) {
      throw new SignalingError('TOKEN_INVALID', 'This invitation link is not valid.');
    }
    const given = Buffer.from(mac, 'base64url');
    const expected = Buffer.from(this.#mac(claims), 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new SignalingError('TOKEN_INVALID', 'This invitation link is not valid.');
    }
    let parsed: z.infer<typeof claimsSchema>;
    try {
      parsed = claimsSchema.parse(JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')));
    } catch {
      throw new SignalingError('TOKEN_INVALID', 'This invitation link is not valid.');
    }
    if (parsed.r !== roomId) {
      throw new SignalingError('TOKEN_INVALID', 'This invitation link is for another room.');
    }
    if (this.#clock.now() >= parsed.e) {
      throw new SignalingError('TOKEN_EXPIRED', 'This invitation link has expired.');
    }
    return { generation: parsed.g };
  }

  #mac(claims: string): string {
    return createHmac('sha256', this.#secret).update(`${version}.${claims}`).digest('base64url');
  }
}

/** A random secret for a seat (reconnect token); the server keeps only its hash. */
export function newSecretToken(): { token: string; hash: Buffer } {
  const token = b64url(randomBytes(32));
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** Constant-time check of a presented secret against a stored hash. */
export function tokenMatches(storedHash: Buffer, presented: string): boolean {
  const presentedHash = hashToken(presented);
  return storedHash.length === presentedHash.length && timingSafeEqual(storedHash, presentedHash);
}

/** Short URL-safe random ids for rooms and peers. */
export function randomId(bytes = 9): string {
  return b64url(randomBytes(bytes));
}
