import { describe, expect, it } from 'vitest';
import { testServices } from '../../../tests/support/services';

const KEY_A = 'aaaaaaaaaaaaaaaaaaaaaa';
const KEY_B = 'bbbbbbbbbbbbbbbbbbbbbb';

function liveSession() {
  const s = testServices();
  const group = s.groups.create('Mardi soir');
  const plan = s.plans.create('P', { builtin: 'talking-group-90' });
  const session = s.sessions.schedule(group.id, plan.id, s.clock.now);
  return { s, group, plan, session };
}

describe('attendance service', () => {
  it('records stays, turns, speaking time and rounds, and ends the session', () => {
    const { s, session } = liveSession();
    s.attendance.joined(session.id, { key: KEY_A, label: 'Camille', role: 'participant' });
    s.clock.now += 1000;
    s.attendance.joined(session.id, { key: KEY_B, label: 'Sam', role: 'cofacilitator' });
    s.attendance.roundStarted(session.id, { id: 'r1', blockId: 'step-3', kind: 'round' });
    s.attendance.turn(session.id, KEY_A, 'taken');
    s.attendance.turn(session.id, KEY_B, 'passed');
    s.attendance.speaking(session.id, [{ key: KEY_A, ms: 4200 }]);
    s.clock.now += 60_000;
    s.attendance.roundEnded(session.id, 'r1', { turnsTaken: 1, turnsPassed: 1 });
    s.attendance.left(session.id, KEY_A);
    s.clock.now += 30_000;
    const summary = s.attendance.ended(session.id);

    expect(summary.startedAt).toBe(session.scheduledAt);
    expect(summary.endedAt).toBe(s.clock.now);
    expect(summary.people).toEqual([
      expect.objectContaining({
        label: 'Camille',
        presentMs: 61_000,
        speakingMs: 4200,
        turnsTaken: 1,
        turnsPassed: 0,
        leftAt: s.clock.now - 30_000,
      }),
      expect.objectContaining({
        label: 'Sam',
        role: 'cofacilitator',
        presentMs: 90_000,
        turnsTaken: 0,
        turnsPassed: 1,
        leftAt: s.clock.now,
      }),
    ]);
    expect(summary.rounds).toEqual([
      expect.objectContaining({ id: 'r1', kind: 'round', turnsTaken: 1, turnsPassed: 1 }),
    ]);
    expect(s.sessions.get(session.id).status).toBe('done');
  });

  it('adds up time across a reconnection without counting the gap', () => {
    const { s, session } = liveSession();
    s.attendance.joined(session.id, { key: KEY_A, label: 'Camille', role: 'participant' });
    s.clock.now += 10_000;
    s.attendance.left(session.id, KEY_A);
    s.clock.now += 50_000;
    s.attendance.joined(session.id, { key: KEY_A, label: 'Camille', role: 'participant' });
    s.clock.now += 5_000;
    const [line] = s.attendance.summary(session.id).people;
    expect(line).toMatchObject({ presentMs: 15_000, leftAt: null, joinedAt: session.scheduledAt });
  });

  it('recognises a returning person by their key within the group only', () => {
    const { s, group, plan, session } = liveSession();
    s.attendance.joined(session.id, { key: KEY_A, label: 'Camille', role: 'participant' });
    s.attendance.ended(session.id);
    s.clock.now += 7 * 86_400_000;
    const next = s.sessions.schedule(group.id, plan.id, s.clock.now);
    expect(
      s.attendance.joined(next.id, { key: KEY_A, label: 'Cam', role: 'participant' }).returning,
    ).toBe(true);
    const otherGroup = s.groups.create('Jeudi');
    const elsewhere = s.sessions.schedule(otherGroup.id, plan.id, s.clock.now);
    expect(
      s.attendance.joined(elsewhere.id, { key: KEY_A, label: null, role: 'participant' }).returning,
    ).toBe(false);
    expect(s.attendance.summary(next.id).people[0]).toMatchObject({
      label: 'Cam',
      returning: true,
    });
  });

  it('refuses turns for someone who never joined', () => {
    const { s, session } = liveSession();
    expect(() => s.attendance.turn(session.id, KEY_B, 'taken')).toThrow(/has not joined/);
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
