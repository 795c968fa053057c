/*
 * The server's clock as seen from a client: estimate the offset with a few
 * `ping`s (`measureOffset`), then read `serverNow(localNow, offset)` and
 * render countdowns from the engine state with `activityCountdown`.
 */
export {
  DEFAULT_CLOCK_SAMPLES,
  estimateOffset,
  measureOffset,
  serverNow,
  type ClockOffset,
  type ClockSample,
} from './offset';
export { activityCountdown, clockFace, countdownOf, type Countdown } from './countdown';
