import type { SignalingErrorCode, SignalingErrorPayload } from './common';
import type { SignalingErrorDetails } from './rounds';

/**
 * A refusal with a stable code, on both ends of the signaling link: the
 * server throws it from a handler and sends `toPayload()`; the client rejects
 * a request with the same class, rebuilt from that payload, and the UI turns
 * the code into plain words.
 */
export class SignalingError extends Error {
  override readonly name = 'SignalingError';
  readonly code: SignalingErrorCode;
  /** ROUND_REFUSED: `roundError` is the round engine's code (e.g. NOT_CURRENT_SPEAKER). */
  readonly details: SignalingErrorDetails | undefined;

  /** `cause`: an internal reason (mediasoup's own text) for the server's log, never sent. */
  constructor(
    code: SignalingErrorCode,
    message: string,
    details?: SignalingErrorDetails,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.code = code;
    this.details = details;
  }

  static fromPayload(payload: SignalingErrorPayload): SignalingError {
    return new SignalingError(payload.code, payload.message, payload.details);
  }

  toPayload(): SignalingErrorPayload {
    const payload = { code: this.code, message: this.message };
    return this.details ? { ...payload, details: this.details } : payload;
  }
}
