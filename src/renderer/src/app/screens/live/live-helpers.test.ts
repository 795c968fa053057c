import { describe, expect, test } from 'vitest';
import type { Block } from '../../../../../shared/plans/blocks';
import { joined, play, roundStart } from '../../../../../shared/rounds/testing';
import type { PeerInfo } from '../../../../../shared/signaling';
import { agendaRows, blockAction, nextBlockId, plannedClock, typedMinutesMs } from './agenda';
import { moveItem, roundOrder, waitingIds } from './round-order';
import { shortcutOf } from './shortcuts';

const block = (over: Partial<Block>): Block => ({
  id: 'b',
  kind: 'welcome',
  title: 'Accueil',
  prompt: '',
  durationMin: 10,
  turnSec: null,
  passAllowed: true,
  ...over,
});

describe('live agenda', () => {
  test('each block starts what the plan says, with its per-speaker time and pass setting', () => {
    expect(blockAction(block({ kind: 'round', turnSec: 180, passAllowed: false }))).toEqual({
      kind: 'round',
      turnMs: 180_000,
      passAllowed: false,
    });
    expect(blockAction(block({ kind: 'closingRound', turnSec: 60 }))).toMatchObject({
      kind: 'round',
      turnMs: 60_000,
    });
    expect(blockAction(block({ kind: 'openFloor' }))).toEqual({ kind: 'openFloor', turnMs: null });
    expect(blockAction(block({ kind: 'break', durationMin: 5 }))).toEqual({
      kind: 'freeTime',
      durationMs: 300_000,
    });
    expect(blockAction(block({ kind: 'welcome', durationMin: 0 }))).toBeNull();
  });

  test('planned start and length beside the actual time, over-runs measured', () => {
    const blocks = [
      block({ id: 'a', durationMin: 10 }),
      block({ id: 'r', kind: 'round', durationMin: 20, turnSec: 120 }),
      block({ id: 'c', durationMin: 5 }),
    ];
    const now = 1_000_000_000;
    const rows = agendaRows(
      blocks,
      {
        a: { startedAt: now - 25 * 60_000, endedAt: now - 13 * 60_000 },
        r: { startedAt: now - 13 * 60_000, endedAt: null },
      },
      'r',
      now,
    );
    expect(rows.map((r) => [r.block.id, r.plannedStartMin, r.status])).toEqual([
      ['a', 0, 'done'],
      ['r', 10, 'current'],
      ['c', 30, 'upcoming'],
    ]);
    expect(rows[0]).toMatchObject({ actualMs: 12 * 60_000, overMs: 2 * 60_000 });
    expect(rows[1]).toMatchObject({ actualMs: 13 * 60_000, overMs: 0 });
    expect(rows[2]?.actualMs).toBeNull();
    expect(nextBlockId(blocks, 'r')).toBe('c');
    expect(nextBlockId(blocks, null)).toBe('a');
    expect(nextBlockId(blocks, 'c')).toBeNull();
    expect(plannedClock('18:30', rows[2]!.plannedStartMin)).toBe('19:00');
    expect(plannedClock('23:50', 25)).toBe('00:15');
  });
});

describe('a round started by hand', () => {
  test('minutes as typed in French or English, within what a turn may last', () => {
    expect(typedMinutesMs('3')).toBe(180_000);
    expect(typedMinutesMs(' 0,5 ')).toBe(30_000);
    expect(typedMinutesMs('1.5')).toBe(90_000);
    expect(typedMinutesMs('0,05')).toBeNull();
    expect(typedMinutesMs('61')).toBeNull();
    expect(typedMinutesMs('trois')).toBeNull();
    expect(typedMinutesMs('')).toBeNull();
  });
});

describe('talking order', () => {
  const peer = (peerId: string, role: PeerInfo['role']): PeerInfo => ({
    peerId,
    displayName: peerId,
    role,
    connected: true,
    audioOnly: false,
  });
  const peers = [
    peer('fac', 'facilitator'),
    peer('ana', 'participant'),
    peer('co', 'cofacilitator'),
    peer('ben', 'participant'),
  ];
  const state = play(joined(['fac', 'ana', 'co', 'ben'], 1));

  test('without the staff: the participants in the order they arrived, or shuffled', () => {
    expect(roundOrder(state, peers, { by: 'join', includeStaff: false, seed: 1 })).toEqual({
      by: 'manual',
      peerIds: ['ana', 'ben'],
    });
    const random = roundOrder(state, peers, { by: 'random', includeStaff: false, seed: 7 });
    expect(random.by === 'manual' && [...random.peerIds].sort()).toEqual(['ana', 'ben']);
  });

  test('with the staff, the server makes the order from everyone', () => {
    expect(roundOrder(state, peers, { by: 'random', includeStaff: true, seed: 1 })).toEqual({
      by: 'random',
    });
  });

  test('only people still waiting can be moved; a move keeps everyone once', () => {
    const round = play([...joined(['a', 'b', 'c', 'd'], 1), roundStart(2)]);
    const after = play([{ type: 'round.next', peerId: 'a', at: 3 }], round);
    expect(waitingIds(after)).toEqual(['c', 'd']);
    expect(moveItem(['b', 'c', 'd'], 2, 0)).toEqual(['d', 'b', 'c']);
    expect(moveItem(['b', 'c', 'd'], 0, 1)).toEqual(['c', 'b', 'd']);
    expect(moveItem(['b', 'c'], 0, 5)).toEqual(['b', 'c']);
    expect(waitingIds(null)).toEqual([]);
  });
});

describe('keyboard shortcuts', () => {
  const key = (k: string, extra: Partial<Parameters<typeof shortcutOf>[0]> = {}) =>
    shortcutOf({ key: k, ctrlKey: false, metaKey: false, altKey: false, target: null, ...extra });

  test('one key per action, Shift+E for the longer extension', () => {
    expect(['n', 'p', 'e', 'E', 'm', '?'].map((k) => key(k))).toEqual([
      'next',
      'togglePause',
      'extend30',
      'extend60',
      'talkingPiece',
      'help',
    ]);
  });

  test('nothing with a modifier (the system’s own shortcuts) or for other keys', () => {
    expect(key('n', { ctrlKey: true })).toBeNull();
    expect(key('p', { metaKey: true })).toBeNull();
    expect(key('e', { altKey: true })).toBeNull();
    expect(key('x')).toBeNull();
  });
});
