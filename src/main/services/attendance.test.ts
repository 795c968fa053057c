import { describe, expect, it } from 'vitest';
import { testServices } from '../../../tests/support/services';
import type { Presence } from '../../shared/live';
import { computeCounts } from './reports/compute';

const KEY_A = 'aaaaaaaaaaaaaaaaaaaaaa';
const KEY_B = 'bbbbbbbbbbbbbbbbbbbbbb';
const ROUND_AT = 1_000_000;

type Who = { peerId: string; name: string; role?: Presence[number]['role']; key?: string };
const seat = ({ peerId, name, role = 'participant', key }: Who): Presence[number] => ({
  peerId,
  role,
  displayName: name,
  ...(key ? { returningKey: key } : {}),
});

const facilitator = seat({ peerId: 'facilitator1', name: 'Animation', role: 'facilitator' });
const camille = seat({ peerId: 'camille-seat', name: 'Camille', key: KEY_A });
const sam = seat({ peerId: 'sam-seat-0001', name: 'Sam', role: 'cofacilitator', key: KEY_B });

function liveSession() {
  const s = testServices();
  const group = s.groups.create('Mardi soir');
  const plan = s.plans.create('P', { builtin: 'talking-group-90' });
  const session = s.sessions.schedule(group.id, plan.id, s.clock.now);
  const a = s.attendance;
  const id = session.id;
  const room = {
    presence: (...peers: Presence) => a.presence(id, [facilitator, ...peers]),
    startRound: (startedAt = ROUND_AT, blockId: string | null = 'step-3') =>
      a.activity(id, { blockId, current: { kind: 'round', startedAt }, ended: [] }),
    turn: (peerId: string, outcome: 'pending' | 'spoke' | 'passed' | 'skipped' | 'left') =>
      a.turnOutcome(id, { roundStartedAt: ROUND_AT, peerId, outcome }),
    endRound: (turns: { peerId: string; outcome: 'pending' | 'spoke' | 'passed' }[]) =>
      a.activity(id, {
        blockId: null,
        current: null,
        ended: [
          {
            kind: 'round',
            startedAt: ROUND_AT,
            endedAt: ROUND_AT + 60_000,
            turns: turns.map((t) => ({ ...t, spokenMs: 0 })),
          },
        ],
      }),
    summary: () => a.summary(id),
    /** What the anonymised report counts for the month of this session (before rounding). */
    report: () => {
      const month = new Date(s.clock.now).toISOString().slice(0, 7);
      const monthly = computeCounts(s.db, [group.id], { from: month, to: month });
      const { attendances, roundsHeld, roundTurnsTaken, roundTurnsPassed } = monthly;
      return { attendances, roundsHeld, spoke: roundTurnsTaken, passed: roundTurnsPassed };
    },
  };
  return { s, group, plan, session, room };
}

describe('attendance service', () => {
  it('records stays, turns, speaking time and rounds, and ends the session', () => {
    const { s, session, room } = liveSession();
    room.presence(camille);
    s.clock.now += 1000;
    room.presence(camille, sam);
    room.startRound();
    room.turn(camille.peerId, 'spoke');
    room.turn(sam.peerId, 'passed');
    s.attendance.speakingTime(session.id, [{ peerId: camille.peerId, speakingMs: 4200 }]);
    s.clock.now += 60_000;
    room.endRound([
      { peerId: camille.peerId, outcome: 'spoke' },
      { peerId: sam.peerId, outcome: 'passed' },
    ]);
    room.presence(sam);
    s.clock.now += 30_000;
    const summary = s.attendance.ended(session.id);

    expect(summary.startedAt).toBe(session.scheduledAt);
    expect(summary.endedAt).toBe(s.clock.now);
    expect(summary.people).toEqual([
      expect.objectContaining({
        label: 'Camille',
        counted: true,
        presentMs: 61_000,
        speakingMs: 4200,
        spoke: 1,
        passed: 0,
        leftAt: s.clock.now - 30_000,
      }),
      expect.objectContaining({
        label: 'Sam',
        role: 'cofacilitator',
        counted: false,
        presentMs: 90_000,
        spoke: 0,
        passed: 1,
        leftAt: s.clock.now,
      }),
    ]);
    // Sam is team: the round's totals count Camille's turn only.
    expect(summary.rounds).toEqual([
      expect.objectContaining({ kind: 'round', blockId: 'step-3', spoke: 1, passed: 0 }),
    ]);
    expect(summary.totals).toEqual({ participants: 1, team: 1, rounds: 1, spoke: 1, passed: 0 });
    expect(s.sessions.get(session.id).status).toBe('done');
  });

  it('pass by mistake, "back", then the person speaks: one turn spoken, none passed, everywhere', () => {
    const { s, session, room } = liveSession();
    room.presence(camille);
    room.startRound();
    room.turn(camille.peerId, 'passed');
    room.turn(camille.peerId, 'pending');
    room.turn(camille.peerId, 'spoke');
    room.endRound([{ peerId: camille.peerId, outcome: 'spoke' }]);
    const summary = s.attendance.ended(session.id);

    expect(summary.people[0]).toMatchObject({ spoke: 1, passed: 0 });
    expect(summary.rounds[0]).toMatchObject({ spoke: 1, passed: 0 });
    expect(room.report()).toEqual({ attendances: 1, roundsHeld: 1, spoke: 1, passed: 0 });
  });

  it('a turn reopened and never settled again counts as neither taken nor passed', () => {
    const { s, session, room } = liveSession();
    room.presence(camille);
    room.startRound();
    room.turn(camille.peerId, 'passed');
    room.turn(camille.peerId, 'pending');
    expect(room.summary().totals).toMatchObject({ spoke: 0, passed: 0 });
    // The round ends before Camille's turn comes back round.
    room.endRound([{ peerId: camille.peerId, outcome: 'pending' }]);
    s.attendance.ended(session.id);
    expect(room.summary().people[0]).toMatchObject({ spoke: 0, passed: 0 });
    expect(room.report()).toEqual({ attendances: 1, roundsHeld: 1, spoke: 0, passed: 0 });
  });

  it('the end of a round corrects an outcome that was missed on the way', () => {
    const { room } = liveSession();
    room.presence(camille);
    room.startRound();
    room.turn(camille.peerId, 'passed');
    // The "back" and the new outcome never arrived (a reconnect): the record says what happened.
    room.endRound([{ peerId: camille.peerId, outcome: 'spoke' }]);
    expect(room.summary().totals).toMatchObject({ spoke: 1, passed: 0 });
  });

  it('staff turns count nowhere: not the facilitator, not a co-facilitator', () => {
    const { s, session, room } = liveSession();
    room.presence(camille, sam);
    room.startRound();
    room.turn(facilitator.peerId, 'spoke');
    room.turn(sam.peerId, 'spoke');
    room.turn(camille.peerId, 'passed');
    room.endRound([
      { peerId: facilitator.peerId, outcome: 'spoke' },
      { peerId: sam.peerId, outcome: 'spoke' },
      { peerId: camille.peerId, outcome: 'passed' },
    ]);
    const summary = s.attendance.ended(session.id);
    expect(summary.people.map((p) => p.label)).toEqual(['Camille', 'Sam']);
    expect(summary.totals).toEqual({ participants: 1, team: 1, rounds: 1, spoke: 0, passed: 1 });
    expect(room.report()).toEqual({ attendances: 1, roundsHeld: 1, spoke: 0, passed: 1 });
  });

  it('someone made co-facilitator during the session is team for the whole session', () => {
    const { room } = liveSession();
    room.presence(camille);
    room.startRound();
    room.turn(camille.peerId, 'spoke');
    room.presence({ ...camille, role: 'cofacilitator' });
    expect(room.summary().people[0]).toMatchObject({ role: 'cofacilitator', counted: false });
    expect(room.summary().totals).toMatchObject({ participants: 0, team: 1, spoke: 0 });
  });

  it('every write sent twice (a retry after a lost reply) counts nothing twice', () => {
    const once = liveSession();
    const twice = liveSession();
    for (const { s, session, room } of [once, twice]) {
      const times = s === twice.s ? 2 : 1;
      for (let i = 0; i < times; i++) room.presence(camille, sam);
      for (let i = 0; i < times; i++) room.startRound();
      for (let i = 0; i < times; i++) room.turn(camille.peerId, 'spoke');
      for (let i = 0; i < times; i++) {
        s.attendance.speakingTime(session.id, [{ peerId: camille.peerId, speakingMs: 3000 }]);
      }
      for (let i = 0; i < times; i++) room.endRound([{ peerId: camille.peerId, outcome: 'spoke' }]);
      for (let i = 0; i < times; i++) room.presence(sam);
    }
    const strip = (summary: ReturnType<typeof once.room.summary>) => ({
      ...summary,
      sessionId: '',
      people: summary.people.map((p) => ({ ...p, participantId: '' })),
    });
    expect(strip(twice.room.summary())).toEqual(strip(once.room.summary()));
    expect(twice.room.summary().people[0]).toMatchObject({ speakingMs: 3000, spoke: 1 });
  });

  it('adds up time across a reconnection without counting the gap', () => {
    const { s, session, room } = liveSession();
    room.presence(camille);
    s.clock.now += 10_000;
    room.presence();
    s.clock.now += 50_000;
    room.presence(camille);
    s.clock.now += 5_000;
    const [line] = s.attendance.summary(session.id).people;
    expect(line).toMatchObject({ presentMs: 15_000, leftAt: null, joinedAt: session.scheduledAt });
  });

  it('the same person in two tabs is one arrival and one departure', () => {
    const { s, room } = liveSession();
    const otherTab = { ...camille, peerId: 'camille-tab-2' };
    room.presence(camille, otherTab);
    s.clock.now += 10_000;
    room.presence(otherTab);
    expect(room.summary().people).toEqual([expect.objectContaining({ leftAt: null })]);
    room.presence();
    expect(room.summary().people).toEqual([
      expect.objectContaining({ leftAt: s.clock.now, presentMs: 10_000 }),
    ]);
  });

  it('speaking totals add only what is new, per seat', () => {
    const { s, session, room } = liveSession();
    room.presence(camille);
    const speak = (ms: number) =>
      s.attendance.speakingTime(session.id, [{ peerId: camille.peerId, speakingMs: ms }]);
    speak(1000);
    speak(4000);
    speak(4000);
    speak(2000); // a late, older report
    expect(room.summary().people[0]?.speakingMs).toBe(4000);
  });

  it('recognises a returning person by their key within the group only', () => {
    const { s, group, plan, session, room } = liveSession();
    room.presence(camille);
    s.attendance.ended(session.id);
    s.clock.now += 7 * 86_400_000;
    const next = s.sessions.schedule(group.id, plan.id, s.clock.now);
    s.attendance.presence(next.id, [{ ...camille, peerId: 'camille-next', displayName: 'Cam' }]);
    expect(s.attendance.summary(next.id).people[0]).toMatchObject({
      label: 'Cam',
      returning: true,
    });
    const otherGroup = s.groups.create('Jeudi');
    const elsewhere = s.sessions.schedule(otherGroup.id, plan.id, s.clock.now);
    s.attendance.presence(elsewhere.id, [camille]);
    expect(s.attendance.summary(elsewhere.id).people[0]?.returning).toBe(false);
  });

  it('without a returning key, a seat is known by its peer id; a turn of an unseen seat is nobody’s', () => {
    const { s, session, room } = liveSession();
    room.presence(seat({ peerId: 'no-key-seat1', name: 'Dominique' }));
    room.startRound();
    room.turn('never-seen-seat', 'spoke');
    expect(room.summary().people).toEqual([expect.objectContaining({ label: 'Dominique' })]);
    expect(room.summary().totals.spoke).toBe(0);
    expect(() => s.attendance.presence('00000000-0000-4000-8000-000000000000', [])).toThrow(
      /No session/,
    );
    expect(session.id).not.toBe('');
  });
});

describe('notes service', () => {
  it('saves a note per block and replaces it on the next save', () => {
    const { s, session } = liveSession();
    s.notes.save(session.id, '', 'Séance calme.');
    s.notes.save(session.id, 'step-3', 'Premier jet');
    s.clock.now += 5;
    s.notes.save(session.id, 'step-3', 'Premier jet, complété');
    expect(s.notes.list(session.id)).toEqual([
      { blockId: '', text: 'Séance calme.', updatedAt: session.createdAt },
      { blockId: 'step-3', text: 'Premier jet, complété', updatedAt: session.createdAt + 5 },
    ]);
  });
});
