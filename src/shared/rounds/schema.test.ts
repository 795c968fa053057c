import { describe, expect, it } from 'vitest';
import { commandSchema, engineStateSchema, eventSchema } from './schema';
import { joined, play, roundStart } from './testing';

describe('schemas', () => {
  it('accept the state of a session under way, as it comes over the wire', () => {
    const state = play([
      ...joined(['ana', 'bo', 'cy']),
      { type: 'free.start', durationMs: 60_000, at: 0 },
      { type: 'free.end', at: 10 },
      roundStart(20, 60_000),
      { type: 'round.pass', peerId: 'ana', at: 30 },
      { type: 'round.pause', at: 90_000 },
    ]);
    const wire: unknown = JSON.parse(JSON.stringify(state));
    expect(engineStateSchema.parse(wire)).toEqual(state);
  });

  it('accept a command and refuse one carrying its own time or an unknown field', () => {
    const next = { type: 'round.next', peerId: 'ana' };
    expect(commandSchema.safeParse(next).success).toBe(true);
    expect(commandSchema.safeParse({ ...next, at: 5 }).success).toBe(false);
    expect(commandSchema.safeParse({ ...next, extra: 1 }).success).toBe(false);
    expect(eventSchema.safeParse({ ...next, at: 5 }).success).toBe(true);
  });

  it('refuse extensions other than those offered and out-of-range turns', () => {
    const extend = { type: 'round.extend', peerId: 'ana' };
    expect(commandSchema.safeParse({ ...extend, ms: 30_000 }).success).toBe(true);
    expect(commandSchema.safeParse({ ...extend, ms: 45_000 }).success).toBe(false);
    expect(commandSchema.safeParse({ type: 'free.extend', ms: 300_000 }).success).toBe(true);
    const start = {
      type: 'round.start',
      order: { by: 'join' },
      turnMs: 60_000,
      passAllowed: true,
      lateJoiners: 'append',
    };
    expect(commandSchema.safeParse(start).success).toBe(true);
    expect(commandSchema.safeParse({ ...start, turnMs: 100 }).success).toBe(false);
    expect(commandSchema.safeParse({ ...start, order: { by: 'random', seed: -1 } }).success).toBe(
      false,
    );
  });

  it('refuse a peer event from a client', () => {
    expect(commandSchema.safeParse({ type: 'peer.left', peerId: 'ana' }).success).toBe(false);
  });
});
