import type { Method, RequestData, RequestResult } from '../../../shared/signaling';
import { SignalingError } from '../../errors';
import type { Peer } from '../../rooms/peer';
import type { Room } from '../../rooms/room';
import type { HandlerContext } from '../context';

export type Handler<M extends Method> = (
  ctx: HandlerContext,
  data: RequestData<M>,
) => Promise<RequestResult<M>> | RequestResult<M>;

export type Handlers<M extends Method = Method> = { [K in M]: Handler<K> };

/** The sender's seat; the role table already guarantees one exists for these methods. */
export function seatOf(ctx: HandlerContext): { room: Room; peer: Peer } {
  const seat = ctx.scope.seat;
  if (!seat || seat.peer.closed) throw new SignalingError('FORBIDDEN', 'Join a room first.');
  return seat;
}
