import type { CercleApi } from '../../../shared/api';
import {
  isErrorCode,
  type ErrorCode,
  type FieldProblem,
  type Result,
} from '../../../shared/errors';

/**
 * A failed call, with the stable code screens turn into plain words
 * (`errors.<code>`) and the field problems forms show beside their fields.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ErrorCode;
  readonly fields: readonly FieldProblem[];

  constructor(code: ErrorCode, message: string, fields: readonly FieldProblem[] = []) {
    super(message);
    this.code = code;
    this.fields = fields;
  }

  /** The problem reported for one field, e.g. `fieldProblem('name') === 'taken'`. */
  fieldProblem(path: string): string | undefined {
    return this.fields.find((field) => field.path === path)?.message;
  }
}

/** `window.cercle` with every Result unwrapped: values resolve, failures reject with ApiError. */
export type Api = {
  readonly [D in keyof CercleApi]: {
    readonly [V in keyof CercleApi[D]]: CercleApi[D][V] extends (
      input: infer I,
    ) => Promise<Result<infer O>>
      ? (input: I) => Promise<O>
      : never;
  };
};

/** Anything an action can throw, as an ApiError (unknown failures become INTERNAL). */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError('INTERNAL', message);
}

function unwrapResult<T>(result: Result<T>): T {
  if (typeof result !== 'object' || result === null) {
    throw new ApiError('INTERNAL', 'The bridge returned no result.');
  }
  if (result.ok) return result.value;
  const { code, message, fields } = result.error;
  // A code this build does not know is shown as the generic message, never raw.
  throw new ApiError(isErrorCode(code) ? code : 'INTERNAL', message, fields ?? []);
}

/**
 * The bridge the preload exposes, or undefined when the page runs outside
 * Cercle (a plain browser): the app then explains instead of failing later.
 */
export function findBridge(): CercleApi | undefined {
  const candidate = (window as { cercle?: unknown }).cercle;
  return typeof candidate === 'object' && candidate !== null ? (candidate as CercleApi) : undefined;
}

export function createApi(bridge: CercleApi): Api {
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const [domain, verbs] of Object.entries(bridge)) {
    const wrapped: Record<string, (input: unknown) => Promise<unknown>> = {};
    for (const [verb, call] of Object.entries(verbs as Record<string, unknown>)) {
      if (typeof call !== 'function') continue;
      wrapped[verb] = async (input: unknown) => {
        let result: Result<unknown>;
        try {
          result = (await call(input)) as Result<unknown>;
        } catch (error) {
          // The bridge itself failed (not the call): nothing the user typed was wrong.
          throw toApiError(error);
        }
        return unwrapResult(result);
      };
    }
    api[domain] = Object.freeze(wrapped);
  }
  return Object.freeze(api) as unknown as Api;
}
