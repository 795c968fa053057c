import type { RawData } from 'ws';
import { z } from 'zod';
import {
  clientEnvelopeSchema,
  isMethod,
  requests,
  type Method,
  type SignalingErrorPayload,
} from '../../shared/signaling';
import { SignalingError } from '../errors';
import type { HandlerContext } from './context';
import { handlers } from './handlers';
import type { Handler } from './handlers/types';
import { actorOf, isAllowed } from './roles';

export type Reply =
  | { id: number; ok: true; data: unknown }
  | { id: number | null; ok: false; error: SignalingErrorPayload };

const idOnly = z.looseObject({ id: z.int().min(0).max(Number.MAX_SAFE_INTEGER) });

function refuse(id: number | null, code: SignalingErrorPayload['code'], message: string): Reply {
  return { id, ok: false, error: { code, message } };
}

/** Zod issues as "path: message", without echoing the values that were sent. */
function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(data)'}: ${issue.message}`)
    .join('; ');
}

/**
 * One inbound frame → exactly one reply. Order of checks: frame → JSON →
 * envelope → method → role → data; state and mediasoup are touched only by a
 * handler, after all of them passed.
 */
export async function dispatch(
  ctx: HandlerContext,
  raw: RawData,
  isBinary: boolean,
  onInternalError: (method: Method, error: unknown) => void,
): Promise<Reply> {
  if (isBinary) return refuse(null, 'BAD_REQUEST', 'Binary frames are not accepted.');
  const text = Array.isArray(raw) ? Buffer.concat(raw).toString('utf8') : raw.toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse(null, 'BAD_REQUEST', 'The message is not valid JSON.');
  }
  const envelope = clientEnvelopeSchema.safeParse(json);
  if (!envelope.success) {
    const id = idOnly.safeParse(json);
    return refuse(id.success ? id.data.id : null, 'BAD_REQUEST', describe(envelope.error));
  }
  const { id, method } = envelope.data;
  if (!isMethod(method)) return refuse(id, 'UNKNOWN_METHOD', 'Unknown method.');
  if (!isAllowed(method, actorOf(ctx.scope))) {
    return refuse(id, 'FORBIDDEN', `Not allowed to ${method} now.`);
  }
  const data = requests[method].data.safeParse(envelope.data.data ?? {});
  if (!data.success) return refuse(id, 'INVALID_DATA', describe(data.error));
  try {
    const handler = handlers[method] as Handler<Method>;
    const result = await handler(ctx, data.data as never);
    return { id, ok: true, data: result };
  } catch (error) {
    if (error instanceof SignalingError) {
      if (error.cause !== undefined) {
        ctx.server.logger.warn('request refused', {
          method,
          code: error.code,
          error: error.cause instanceof Error ? error.cause.message : String(error.cause),
        });
      }
      return { id, ok: false, error: error.toPayload() };
    }
    onInternalError(method, error);
    return refuse(id, 'INTERNAL', 'Something went wrong on the server.');
  }
}
