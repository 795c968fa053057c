import { describe, expect, it } from 'vitest';
import type { EngineEvent, Role, Sender } from './events';
import { canApply, eventRules } from './permissions';

const facilitator: Sender = { peerId: 'fa', role: 'facilitator' };
const cofacilitator: Sender = { peerId: 'co', role: 'cofacilitator' };
const participant: Sender = { peerId: 'pa', role: 'participant' };

/** One event of each type; those that name a person name the participant. */
const samples: EngineEvent[] = [
  { type: 'peer.joined', peerId: 'pa', at: 0 },
  { type: 'peer.left', peerId: 'pa', at: 0 },
  {
    type: 'round.start',
    order: { by: 'join' },
    turnMs: 60_000,
    passAllowed: true,
    lateJoiners: 'append',
    at: 0,
  },
  { type: 'round.next', peerId: 'pa', at: 0 },
  { type: 'round.pass', peerId: 'pa', at: 0 },
  { type: 'round.skip', peerId: 'pa', at: 0 },
  { type: 'round.extend', peerId: 'pa', ms: 30_000, at: 0 },
  { type: 'round.pause', at: 0 },
  { type: 'round.resume', at: 0 },
  { type: 'round.back', at: 0 },
  { type: 'round.reorder', peerIds: ['pa'], at: 0 },
  { type: 'round.end', at: 0 },
  { type: 'floor.start', turnMs: null, at: 0 },
  { type: 'floor.raiseHand', peerId: 'pa', at: 0 },
  { type: 'floor.lowerHand', peerId: 'pa', at: 0 },
  { type: 'floor.giveFloor', peerId: 'pa', at: 0 },
  { type: 'floor.next', at: 0 },
  { type: 'floor.clearQueue', at: 0 },
  { type: 'floor.end', at: 0 },
  { type: 'free.start', durationMs: 60_000, at: 0 },
  { type: 'free.pause', at: 0 },
  { type: 'free.resume', at: 0 },
  { type: 'free.extend', ms: 60_000, at: 0 },
  { type: 'free.end', at: 0 },
];

/** What a participant may do: pass their own turn, raise and lower their own hand. */
const participantMay = new Set(['round.pass', 'floor.raiseHand', 'floor.lowerHand']);

describe('canApply', () => {
  it('has a sample for every event type', () => {
    expect(samples.map((e) => e.type).sort()).toEqual(Object.keys(eventRules).sort());
  });

  describe.each(samples)('$type', (event) => {
    const server = event.type === 'peer.joined' || event.type === 'peer.left';

    it.each<[string, Sender]>([
      ['facilitator', facilitator],
      ['cofacilitator', cofacilitator],
    ])('from the %s', (_name, actor) => {
      expect(canApply(event, actor)).toBe(!server);
    });

    it('from the participant it names', () => {
      expect(canApply(event, participant)).toBe(participantMay.has(event.type));
    });

    it('from another participant', () => {
      expect(canApply(event, { peerId: 'other', role: 'participant' })).toBe(false);
    });
  });

  it('treats every role in the list', () => {
    const roles: Role[] = ['facilitator', 'cofacilitator', 'participant'];
    expect(
      roles.map((role) => canApply({ type: 'round.pause', at: 0 }, { peerId: 'x', role })),
    ).toEqual([true, true, false]);
  });
});
