import type {
  Method,
  NotificationData,
  NotificationName,
  RequestInput,
  RequestResult,
} from '../../../shared/signaling';

/**
 * What the rounds layer needs of a room connection: typed requests and
 * notifications that survive reconnects. The call's RoomLink fits, and so
 * does a fake in unit tests.
 */
export type RoundsLink = {
  request<M extends Method>(method: M, data: RequestInput<M>): Promise<RequestResult<M>>;
  onNotification<N extends NotificationName>(
    name: N,
    listener: (data: NotificationData<N>) => void,
  ): () => void;
};

/** Local epoch milliseconds from a clock that does not jump (not Date.now()). */
export const monotonicNow = (): number => performance.timeOrigin + performance.now();
