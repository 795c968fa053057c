import { AppError, type ErrorPayload, type Result } from '../../shared/errors';
import { ipcChannels, type IpcChannel } from '../../shared/ipc-channels';
import { ipcContract, type IpcOutput, type IpcParsedInput } from '../../shared/ipc';

export type Handlers = {
  [C in IpcChannel]: (input: IpcParsedInput<C>) => IpcOutput<C> | Promise<IpcOutput<C>>;
};

export type Logger = { error: (message: string, error?: unknown) => void };

export type Router = {
  /**
   * Validates and runs one call. Never throws: every failure comes back as
   * `{ ok: false, error }`, so a bad call cannot crash the main process.
   */
  dispatch(
    channel: unknown,
    input: unknown,
    senderUrl: string | undefined,
  ): Promise<Result<unknown>>;
};

const isChannel = (value: unknown): value is IpcChannel =>
  typeof value === 'string' && (ipcChannels as readonly string[]).includes(value);

const fail = (error: ErrorPayload): Result<never> => ({ ok: false, error });

/**
 * The one place IPC input is checked: origin of the sender frame first, then
 * the channel, then the zod schema. A handler only ever sees parsed input.
 */
export function createRouter(
  handlers: Handlers,
  isTrustedSender: (url: string | undefined) => boolean,
  logger: Logger = console,
): Router {
  return {
    async dispatch(channel, input, senderUrl) {
      if (!isTrustedSender(senderUrl)) {
        return fail({ code: 'FORBIDDEN_SENDER', message: 'This page may not call Cercle.' });
      }
      if (!isChannel(channel)) {
        const name = typeof channel === 'string' ? channel.slice(0, 80) : typeof channel;
        return fail({ code: 'UNKNOWN_CHANNEL', message: `Unknown channel ${name}.` });
      }
      const parsed = ipcContract[channel].input.safeParse(input);
      if (!parsed.success) {
        return fail({
          code: 'VALIDATION',
          message: `Invalid input for ${channel}.`,
          fields: parsed.error.issues.map((issue) => ({
            path: issue.path.join('.'),
            message: issue.message,
          })),
        });
      }
      try {
        const handler = handlers[channel] as (input: unknown) => unknown;
        return { ok: true, value: await handler(parsed.data) };
      } catch (error) {
        if (error instanceof AppError) return fail(error.toPayload());
        logger.error(`IPC ${channel} failed`, error);
        return fail({ code: 'INTERNAL', message: 'Something went wrong inside Cercle.' });
      }
    },
  };
}
