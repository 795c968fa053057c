/**
 * A refusal the server explains to the client with a stable code and a plain
 * message: one class on both ends. An internal cause (mediasoup's own text)
 * goes to the log, never to the client.
 */
export { SignalingError } from '../shared/signaling/errors';

/** Problems starting the server that a person running it can fix. */
export const startErrorCodes = [
  'PORT_IN_USE',
  'ADDRESS_UNAVAILABLE',
  'PERMISSION_DENIED',
  'CERT_UNREADABLE',
  'CONFIG_INVALID',
  'CONFIG_UNWRITABLE',
  'STATIC_ROOT_MISSING',
  'MEDIA_START_FAILED',
] as const;
export type StartErrorCode = (typeof startErrorCodes)[number];

export class StartError extends Error {
  override readonly name = 'StartError';
  readonly code: StartErrorCode;

  constructor(code: StartErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
