import { describe, expect, test } from 'vitest';
import type { EngineEvent } from '../../../../../shared/rounds';
import { joined, play, roundStart } from '../../../../../shared/rounds/testing';
import type { PeerInfo } from '../../../../../shared/signaling';
import { attendanceKey, AttendanceRecorder, type AttendanceSink } from './attendance-recorder';

function recording() {
  const calls: string[] = [];
  const sink: AttendanceSink = {
    joined: async ({ key, label, role }) => calls.push(`joined ${key} ${label} ${role}`),
    left: async (key) => calls.push(`left ${key}`),
    turn: async (key, outcome) => calls.push(`turn ${key} ${outcome}`),
    speaking: async (samples) =>
      calls.push(`speaking ${samples.map((s) => `${s.key}=${s.ms}`).join(',')}`),
    roundStarted: async ({ roundId, blockId, kind }) =>
      calls.push(`started ${roundId} ${blockId} ${kind}`),
    roundEnded: async ({ roundId, turnsTaken, turnsPassed }) =>
      calls.push(`ended ${roundId} ${turnsTaken}/${turnsPassed}`),
  };
  let block: string | null = 'check-in';
  const recorder = new AttendanceRecorder(sink, { blockId: () => block });
  return { calls, recorder, setBlock: (id: string | null) => (block = id) };
}

const peer = (peerId: string, role: PeerInfo['role'] = 'participant'): PeerInfo => ({
  peerId,
  displayName: peerId === 'fac' ? 'Animation' : peerId.toUpperCase(),
  role,
  connected: true,
  audioOnly: false,
});
const key = attendanceKey;

describe('AttendanceRecorder', () => {
  test('keys pass the participant key check: letters, digits, - and _, 16 to 64 long', () => {
    expect(key('Ab3_-xyz')).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    expect(key('A'.repeat(32))).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
  });

  test('arrivals and departures, never the facilitator', async () => {
    const { calls, recorder } = recording();
    recorder.peers([peer('fac', 'facilitator'), peer('ana')]);
    recorder.peers([peer('fac', 'facilitator'), peer('ana'), peer('ben', 'cofacilitator')]);
    recorder.peers([peer('fac', 'facilitator'), peer('ben', 'cofacilitator')]);
    await recorder.flush();
    expect(calls).toEqual([
      `joined ${key('ana')} ANA participant`,
      `joined ${key('ben')} BEN cofacilitator`,
      `left ${key('ana')}`,
    ]);
  });

  test('a returning key is the attendance key; two tabs of one browser count once', async () => {
    const { calls, recorder } = recording();
    const returning = 'returning-key-of-ana-01';
    const ana = { ...peer('ana'), returningKey: returning };
    const anaTab = { ...peer('ana2'), displayName: 'ANA', returningKey: returning };
    recorder.peers([peer('fac', 'facilitator'), ana, peer('ben')]);
    recorder.peers([peer('fac', 'facilitator'), ana, anaTab, peer('ben')]);
    recorder.speakingTime({ at: 5, peers: [{ peerId: 'ana', speakingMs: 1_000 }] });
    recorder.peers([peer('fac', 'facilitator'), anaTab]);
    recorder.peers([peer('fac', 'facilitator')]);
    await recorder.flush();
    expect(calls).toEqual([
      `joined ${returning} ANA participant`,
      `joined ${key('ben')} BEN participant`,
      `speaking ${returning}=1000`,
      `left ${key('ben')}`,
      `left ${returning}`,
    ]);
  });

  test('a round: started with its block, each turn once, ended with its counts', async () => {
    const { calls, recorder } = recording();
    recorder.peers([peer('fac', 'facilitator'), peer('ana'), peer('ben')]);
    const events: EngineEvent[] = [...joined(['ana', 'ben', 'fac'], 1), roundStart(10, 60_000)];
    let state = play(events);
    recorder.activity(state);
    state = play([{ type: 'round.next', peerId: 'ana', at: 20 }], state);
    recorder.turnOutcome({
      roundStartedAt: 10,
      peerId: 'ana',
      outcome: 'spoke',
      spokenMs: 10,
      at: 20,
    });
    recorder.activity(state);
    // "Back" reopens Ana's turn; when it settles again it is not counted twice.
    state = play([{ type: 'round.back', at: 25 }], state);
    recorder.activity(state);
    state = play([{ type: 'round.next', peerId: 'ana', at: 30 }], state);
    recorder.turnOutcome({
      roundStartedAt: 10,
      peerId: 'ana',
      outcome: 'spoke',
      spokenMs: 15,
      at: 30,
    });
    state = play([{ type: 'round.pass', peerId: 'ben', at: 40 }], state);
    recorder.activity(state);
    // The facilitator's own turn is not attendance.
    state = play([{ type: 'round.end', at: 50 }], state);
    recorder.activity(state);
    await recorder.flush();
    expect(calls.slice(2)).toEqual([
      'started round-10 check-in round',
      `turn ${key('ana')} taken`,
      `turn ${key('ben')} passed`,
      'ended round-10 2/1',
    ]);
  });

  test('speaking time arrives as running totals; only what is new is added', async () => {
    const { calls, recorder } = recording();
    recorder.peers([peer('fac', 'facilitator'), peer('ana')]);
    recorder.speakingTime({
      at: 1,
      peers: [
        { peerId: 'ana', speakingMs: 4_000 },
        { peerId: 'fac', speakingMs: 9_000 },
      ],
    });
    recorder.speakingTime({ at: 2, peers: [{ peerId: 'ana', speakingMs: 4_000 }] });
    recorder.speakingTime({ at: 3, peers: [{ peerId: 'ana', speakingMs: 1_304_000 }] });
    await recorder.flush();
    expect(calls.slice(1)).toEqual([
      `speaking ${key('ana')}=4000`,
      `speaking ${key('ana')}=600000,${key('ana')}=600000,${key('ana')}=100000`,
    ]);
  });

  test('a failed write does not stop the ones after it', async () => {
    const calls: string[] = [];
    const errors: unknown[] = [];
    const recorder = new AttendanceRecorder(
      {
        joined: async ({ key }) => {
          if (key === attendanceKey('ana')) throw new Error('disk full');
          calls.push(key);
        },
        left: async () => undefined,
        turn: async () => undefined,
        speaking: async () => undefined,
        roundStarted: async () => undefined,
        roundEnded: async () => undefined,
      },
      { blockId: () => null, onError: (error) => errors.push(error) },
    );
    recorder.peers([peer('ana'), peer('ben')]);
    await recorder.flush();
    expect(calls).toEqual([attendanceKey('ben')]);
    expect(errors).toHaveLength(1);
  });
});
