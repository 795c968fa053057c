import { describe, expect, it } from 'vitest';
import { testServices } from '../../../tests/support/services';

const DAY = 86_400_000;

describe('sessions service', () => {
  it('keeps the plan as it was when scheduled, whatever happens to the plan after', () => {
    const s = testServices();
    const g = s.groups.create('Mardi soir');
    const plan = s.plans.create('Mardi — 90 min', { builtin: 'talking-group-90' });
    const session = s.sessions.schedule(g.id, plan.id, s.clock.now + 7 * DAY);

    s.plans.save(plan.id, { ...plan, name: 'Changé', blocks: plan.blocks.slice(0, 2) });
    expect(s.sessions.get(session.id).plan).toEqual({
      name: 'Mardi — 90 min',
      expectedGroupSize: plan.expectedGroupSize,
      startTime: plan.startTime,
      blocks: plan.blocks,
    });
    s.plans.remove(plan.id);
    const after = s.sessions.get(session.id);
    expect(after.sourcePlanId).toBeNull();
    expect(after.plan.blocks).toHaveLength(7);
  });

  it('records which agreements version the session shows', () => {
    const s = testServices();
    const g = s.groups.create('Mardi soir');
    const plan = s.plans.create('P', { builtin: 'weather-sharing-closing-60' });
    const first = s.sessions.schedule(g.id, plan.id, s.clock.now + DAY);
    s.agreements.save(g.id, [{ title: 'Nouveau', text: '' }], 1);
    const second = s.sessions.schedule(g.id, plan.id, s.clock.now + 2 * DAY);
    expect(s.sessions.get(first.id)).toMatchObject({ agreementVersion: 1 });
    expect(s.sessions.get(second.id)).toMatchObject({
      agreementVersion: 2,
      agreements: { items: [{ title: 'Nouveau', text: '' }] },
    });
  });

  it('lists upcoming sessions soonest first and past ones newest first', () => {
    const s = testServices();
    const g = s.groups.create('Mardi soir');
    const plan = s.plans.create('P', { empty: true });
    const at = (days: number) => s.sessions.schedule(g.id, plan.id, s.clock.now + days * DAY).id;
    const [old, older, soon, later] = [at(-1), at(-8), at(1), at(8)];
    const cancelled = at(3);
    s.sessions.cancel(cancelled);
    const lists = s.sessions.list(g.id);
    expect(lists.upcoming.map((x) => x.id)).toEqual([soon, later]);
    expect(lists.past.map((x) => x.id)).toEqual([cancelled, old, older]);
  });

  it('refuses sessions for archived groups', () => {
    const s = testServices();
    const g = s.groups.create('Ancien');
    const plan = s.plans.create('P', { empty: true });
    s.groups.archive(g.id);
    expect(() => s.sessions.schedule(g.id, plan.id, s.clock.now)).toThrow(/archived/);
  });
});
