import { randomInt } from 'node:crypto';
import { commandSchema, type Command, type OrderSpec } from '../../../shared/rounds';
import {
  roundCommandOf,
  type CommandMethod,
  type OrderChoice,
  type RequestData,
  type RequestResult,
  type RoundMethod,
} from '../../../shared/signaling';
import { SignalingError } from '../../errors';
import type { HandlerContext } from '../context';
import { seatOf, type Handler, type Handlers } from './types';

/** A random order's seed is drawn here, so the engine stays deterministic and replayable. */
function orderSpec(choice: OrderChoice): OrderSpec {
  return choice.by === 'random' ? { by: 'random', seed: randomInt(0, 0x1_0000_0000) } : choice;
}

/** The engine command a method stands for, parsed again so its type is proven, not cast. */
function commandOf<M extends CommandMethod>(method: M, data: RequestData<M>): Command {
  const fields: Record<string, unknown> = { ...data };
  delete fields['talkingPiece'];
  if (method === 'roundStart') {
    fields['order'] = orderSpec((data as RequestData<'roundStart'>).order);
  }
  const parsed = commandSchema.safeParse({ ...fields, type: roundCommandOf[method] });
  if (!parsed.success) throw new SignalingError('INVALID_DATA', 'Not a valid round command.');
  return parsed.data;
}

/**
 * Every engine command as a handler: the sender is taken from the seat the
 * connection holds (never from the message), the server stamps the time.
 */
function engineCommand<M extends CommandMethod>(method: M): Handler<M> {
  return async (ctx: HandlerContext, data: RequestData<M>) => {
    const { room, peer } = seatOf(ctx);
    const talkingPiece =
      'talkingPiece' in data && typeof data.talkingPiece === 'boolean'
        ? data.talkingPiece
        : undefined;
    await room.rounds.command({ peerId: peer.id, role: peer.role }, commandOf(method, data), {
      talkingPiece,
    });
    // Every command method replies `{}`; the generic M hides that from the compiler.
    return {} as RequestResult<M>;
  };
}

const commandHandlers = Object.fromEntries(
  (Object.keys(roundCommandOf) as CommandMethod[]).map((method) => [method, engineCommand(method)]),
) as Handlers<CommandMethod>;

/** Rounds, open floor, free time and talking-piece mode; who may send each is in roles.ts. */
export const roundHandlers: Handlers<RoundMethod> = {
  ...commandHandlers,

  setTalkingPiece: async (ctx, data) => {
    await seatOf(ctx).room.rounds.setTalkingPiece(data.on);
    return {};
  },

  getActivityState: (ctx) => seatOf(ctx).room.rounds.snapshot(),
};
