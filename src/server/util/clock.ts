/** Where the server reads the time; tests pass a clock they can move forward. */
export type Clock = { now(): number };

export const systemClock: Clock = { now: () => Date.now() };

/** A clock tests move by hand. */
export function manualClock(start = Date.UTC(2025, 0, 6, 18, 0, 0)): Clock & {
  advance(ms: number): void;
} {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}
