import { describe, expect, test } from 'vitest';
import { joined, play, roundStart } from '../../../../../shared/rounds/testing';
import type { PeerInfo } from '../../../../../shared/signaling';
import { ApiError } from '../../api';
import { AttendanceForwarder, type AttendanceChannels } from './attendance-forwarder';

/** The channels as a log; `refuse` makes the next calls fail, as a refused IPC write does. */
function channels() {
  const log: string[] = [];
  let refuse = 0;
  const write = (line: string) => async () => {
    if (refuse > 0) {
      refuse--;
      throw new ApiError('DB_UNAVAILABLE', 'disk full');
    }
    log.push(line);
  };
  const sink: AttendanceChannels = {
    started: () => write('started')(),
    presence: (peers) => write(`presence ${peers.map((p) => p.peerId).join(',')}`)(),
    activity: (seen) =>
      write(
        `activity ${seen.current ? `${seen.current.kind}@${seen.current.startedAt}` : '-'} ended:${seen.ended
          .map((r) => `${r.kind}@${r.startedAt}`)
          .join(',')} block:${seen.blockId}`,
      )(),
    turnOutcome: (turn) => write(`turn ${turn.peerId} ${turn.outcome}`)(),
    speakingTime: (peers) =>
      write(`speaking ${peers.map((p) => `${p.peerId}=${p.speakingMs}`).join(',')}`)(),
  };
  return { sink, log, refuseNext: (n: number) => (refuse = n) };
}

const peer = (peerId: string, role: PeerInfo['role'] = 'participant'): PeerInfo => ({
  peerId,
  displayName: peerId.toUpperCase(),
  role,
  connected: true,
  audioOnly: false,
});
const note = (peerId: string, outcome: 'spoke' | 'passed' | 'pending') => ({
  roundStartedAt: 1_000,
  peerId,
  outcome,
  spokenMs: 0,
  at: 2_000,
});

describe('AttendanceForwarder', () => {
  test('forwards what happened, in order, and counts nothing itself', async () => {
    const { sink, log } = channels();
    const f = new AttendanceForwarder(sink, { blockId: () => 'check-in' });
    f.started();
    f.peers([peer('fac', 'facilitator'), peer('ana')]);
    f.peers([peer('fac', 'facilitator'), peer('ana')]); // the same people: nothing new to say
    const state = play([...joined(['ana']), roundStart(1_000, 60_000)]);
    f.activity(state);
    f.activity(state);
    f.turnOutcome(note('ana', 'passed'));
    f.turnOutcome(note('ana', 'pending'));
    f.turnOutcome(note('ana', 'spoke'));
    f.activity(play([{ type: 'round.end', at: 3_000 }], state));
    await f.flush();
    expect(log).toEqual([
      'started',
      'presence fac,ana',
      'activity round@1000 ended: block:check-in',
      'turn ana passed',
      'turn ana pending',
      'turn ana spoke',
      'activity - ended:round@1000 block:check-in',
    ]);
  });

  test('a refused write stops the queue until retry; nothing is lost, nothing overtakes it', async () => {
    const { sink, log, refuseNext } = channels();
    const f = new AttendanceForwarder(sink, { blockId: () => null });
    refuseNext(1);
    f.turnOutcome(note('ana', 'passed'));
    f.turnOutcome(note('ana', 'spoke'));
    await expect(f.flush()).rejects.toThrow(/refused/);
    expect(f.writes.getSnapshot()).toMatchObject({
      status: 'failed',
      waiting: 2,
      failure: 'DB_UNAVAILABLE',
    });
    expect(log).toEqual([]);
    f.writes.retry();
    await f.flush();
    expect(log).toEqual(['turn ana passed', 'turn ana spoke']);
    expect(f.writes.getSnapshot()).toMatchObject({ status: 'idle', waiting: 0, recoveries: 1 });
  });

  test('flush retries a stopped queue, and fails again if the write is refused again', async () => {
    const { sink, log, refuseNext } = channels();
    const f = new AttendanceForwarder(sink, { blockId: () => null });
    refuseNext(2);
    f.started();
    await expect(f.flush()).rejects.toThrow();
    await expect(f.flush()).rejects.toThrow();
    await f.flush();
    expect(log).toEqual(['started']);
  });

  test('presence and speaking totals waiting behind a refused write are merged, not piled up', async () => {
    const { sink, log, refuseNext } = channels();
    const f = new AttendanceForwarder(sink, { blockId: () => null });
    refuseNext(1);
    f.started();
    await expect(f.flush()).rejects.toThrow();
    f.peers([peer('ana')]);
    f.peers([peer('ana'), peer('ben')]);
    f.speakingTime({ at: 1, peers: [{ peerId: 'ana', speakingMs: 1_000 }] });
    f.speakingTime({ at: 2, peers: [{ peerId: 'ben', speakingMs: 500 }] });
    f.speakingTime({
      at: 3,
      peers: [
        { peerId: 'ana', speakingMs: 3_000 },
        { peerId: 'ben', speakingMs: 400 },
      ],
    });
    expect(f.writes.getSnapshot().waiting).toBe(3);
    f.writes.retry();
    await f.flush();
    expect(log).toEqual(['started', 'presence ana,ben', 'speaking ana=3000,ben=500']);
  });
});
