import { describe, expect, it } from 'vitest';
import { defaultAgreements } from '../../shared/agreements';
import { AppError } from '../../shared/errors';
import { testServices } from '../../../tests/support/services';

describe('agreements service', () => {
  it('starts a new group from the default set in the chosen language', () => {
    const s = testServices();
    const fr = s.groups.create('Mardi soir');
    expect(s.agreements.current(fr.id)).toMatchObject({
      version: 1,
      items: defaultAgreements('fr'),
    });
    s.settings.set({ language: 'en' });
    const en = s.groups.create('Thursday');
    expect(s.agreements.current(en.id).items[0]?.title).toBe('Confidentiality');
  });

  it('saves an edit as a new version and keeps the old one readable with its date', () => {
    const s = testServices();
    const g = s.groups.create('Mardi soir');
    const v1 = s.agreements.current(g.id);
    s.clock.now += 86_400_000;
    const edited = [
      ...v1.items.slice(0, 2),
      { title: 'Téléphones rangés', text: 'Pendant la séance.' },
    ];
    const v2 = s.agreements.save(g.id, edited, 1);
    expect(v2).toMatchObject({ version: 2, items: edited, createdAt: v1.createdAt + 86_400_000 });
    expect(s.agreements.history(g.id).map((v) => v.version)).toEqual([2, 1]);
    expect(s.agreements.history(g.id)[1]).toEqual(v1);
  });

  it('does not make a version when nothing changed', () => {
    const s = testServices();
    const g = s.groups.create('Mardi soir');
    const v1 = s.agreements.current(g.id);
    expect(s.agreements.save(g.id, v1.items, 1)).toEqual(v1);
    expect(s.agreements.history(g.id)).toHaveLength(1);
  });

  it('refuses to overwrite a version saved meanwhile', () => {
    const s = testServices();
    const g = s.groups.create('Mardi soir');
    s.agreements.save(g.id, [{ title: 'A', text: '' }], 1);
    expect(() => s.agreements.save(g.id, [{ title: 'B', text: '' }], 1)).toThrow(AppError);
    expect(s.agreements.current(g.id).items).toEqual([{ title: 'A', text: '' }]);
  });
});

describe('settings service', () => {
  it('keeps crisis resources, with France’s lines until the facilitator changes them', () => {
    const s = testServices();
    expect(s.settings.get().crisisResources.map((r) => r.number)).toEqual(['3114', '15', '112']);
    const own = [{ label: 'Écoute locale', number: '01 23 45 67 89' }];
    s.settings.set({ crisisResources: own });
    expect(s.settings.get()).toEqual({ language: 'fr', crisisResources: own });
    s.db.prepare("UPDATE settings SET value = '{broken' WHERE key = 'crisisResources'").run();
    expect(s.settings.get().crisisResources).toHaveLength(3);
  });
});
