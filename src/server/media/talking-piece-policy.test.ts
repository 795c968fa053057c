import { describe, expect, test } from 'vitest';
import { ServerPauses } from './pauses';
import { SpeakingTime } from './speaking-time';
import { TalkingPiece, talkingPieceHolds, type Seat } from './talking-piece';
import { manualClock } from '../util/clock';

const seats: Seat[] = [
  { id: 'fac', role: 'facilitator', status: 'joined' },
  { id: 'co', role: 'cofacilitator', status: 'joined' },
  { id: 'ana', role: 'participant', status: 'joined' },
  { id: 'ben', role: 'participant', status: 'joined' },
  { id: 'zoe', role: 'participant', status: 'lobby' },
];

describe('talking-piece policy', () => {
  test('holds the participants in the call but the speaker; staff and the lobby are never held', () => {
    expect([...talkingPieceHolds(true, 'ana', seats)]).toEqual(['ben']);
    expect([...talkingPieceHolds(true, 'fac', seats)]).toEqual(['ana', 'ben']);
    expect([...talkingPieceHolds(true, null, seats)]).toEqual(['ana', 'ben']);
    expect([...talkingPieceHolds(false, 'ana', seats)]).toEqual([]);
  });

  test('reconciling releases before holding and only touches what changed', async () => {
    const calls: string[] = [];
    const piece = new TalkingPiece(async (id, held) => {
      calls.push(`${held ? 'hold' : 'release'} ${id}`);
    });
    await piece.reconcile(new Set(['ben', 'chloe']));
    await piece.reconcile(new Set(['ana', 'chloe']));
    expect(calls).toEqual(['hold ben', 'hold chloe', 'release ben', 'hold ana']);
    expect([...piece.held].sort()).toEqual(['ana', 'chloe']);
  });

  test('pause reasons are kept apart: releasing one leaves the other', () => {
    const pauses = new ServerPauses();
    expect(pauses.set('ana', 'audio', 'facilitator', true)).toBe(true);
    expect(pauses.set('ana', 'audio', 'talkingPiece', true)).toBe(true);
    expect(pauses.set('ana', 'audio', 'talkingPiece', true)).toBe(false);
    expect(pauses.reasons('ana', 'audio')).toEqual(['facilitator', 'talkingPiece']);
    pauses.set('ana', 'audio', 'talkingPiece', false);
    expect(pauses.has('ana', 'audio')).toBe(true);
    expect(pauses.reasons('ana', 'audio')).toEqual(['facilitator']);
    expect(pauses.has('ana', 'video')).toBe(false);
    pauses.forget('ana');
    expect(pauses.has('ana', 'audio')).toBe(false);
  });
});

describe('speaking time', () => {
  test('credits each observer interval to those heard, and reports running totals only when they changed', () => {
    const clock = manualClock();
    const sent: unknown[] = [];
    const speaking = new SpeakingTime({ clock, reportEveryMs: 60_000, send: (d) => sent.push(d) });
    speaking.record([{ peerId: 'ben' }, { peerId: 'ana' }, { peerId: 'ana' }]);
    speaking.record([{ peerId: 'ana' }]);
    speaking.flush();
    speaking.flush();
    speaking.record([]);
    speaking.flush();
    speaking.close();
    expect(sent).toEqual([
      {
        at: clock.now(),
        peers: [
          { peerId: 'ana', speakingMs: 1_000 },
          { peerId: 'ben', speakingMs: 500 },
        ],
      },
    ]);
  });
});
