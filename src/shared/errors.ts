/**
 * Stable error codes. They cross IPC as `{ code, message }`; the renderer turns
 * each code into plain words through i18n (`errors.<code>`), so a code never
 * changes meaning once released.
 */
export const errorCodes = [
  'VALIDATION',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN_SENDER',
  'NOT_FOUND',
  'NAME_TAKEN',
  'CONFLICT',
  'IMPORT_INVALID',
  'UNSUPPORTED',
  'DB_TOO_NEW',
  'DB_NOT_SQLITE',
  'DB_UNAVAILABLE',
  'BRIDGE_UNAVAILABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/**
 * One problem with one field of an input, for forms to show beside the field:
 * `path` is the dotted zod path ('name', 'plans.0.blocks.2.durationMin', '' for
 * the whole input) and `message` a stable word ('empty', 'too_long', …).
 */
export type FieldProblem = { path: string; message: string };

export type ErrorPayload = { code: ErrorCode; message: string; fields?: FieldProblem[] };

/** An error the app expects and can explain; anything else becomes INTERNAL. */
export class AppError extends Error {
  override readonly name = 'AppError';
  readonly code: ErrorCode;
  readonly fields: FieldProblem[] | undefined;

  constructor(code: ErrorCode, message: string, fields?: FieldProblem[]) {
    super(message);
    this.code = code;
    this.fields = fields;
  }

  toPayload(): ErrorPayload {
    return this.fields
      ? { code: this.code, message: this.message, fields: this.fields }
      : { code: this.code, message: this.message };
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value);
}

export function assertUnreachable(value: never): never {
  throw new Error(`Unreachable: ${JSON.stringify(value)}`);
}
