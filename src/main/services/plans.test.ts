import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { builtinTemplates } from '../../shared/plans/templates';
import { testServices } from '../../../tests/support/services';

describe('plans service', () => {
  it('offers three built-in templates in French and English with the same keys', () => {
    const fr = builtinTemplates('fr');
    const en = builtinTemplates('en');
    expect(fr.length).toBeGreaterThanOrEqual(3);
    expect(fr.map((t) => t.key)).toEqual(en.map((t) => t.key));
    const total = (t: (typeof fr)[number]) =>
      t.content.blocks.reduce((n, b) => n + b.durationMin, 0);
    expect(fr.map(total)).toEqual([90, 60, 75]);
    expect(en.map(total)).toEqual(fr.map(total));
  });

  it('creates a plan from a built-in template and saves a reordered copy', () => {
    const s = testServices();
    const plan = s.plans.create('Mardi — 90 min', { builtin: 'talking-group-90' });
    expect(plan.blocks).toHaveLength(7);
    const [first, second, ...rest] = plan.blocks;
    s.clock.now += 1000;
    const saved = s.plans.save(plan.id, { ...plan, blocks: [second!, first!, ...rest] });
    expect(saved.updatedAt).toBe(plan.createdAt + 1000);
    expect(s.plans.get(plan.id).blocks.map((b) => b.id)).toEqual([
      second!.id,
      first!.id,
      ...rest.map((b) => b.id),
    ]);
    expect(s.plans.list(false)).toEqual([
      expect.objectContaining({ name: 'Mardi — 90 min', blockCount: 7, totalMin: 90 }),
    ]);
  });

  it('duplicates a plan and saves one as a template', () => {
    const s = testServices();
    const plan = s.plans.create('Base', { builtin: 'first-group-75' });
    s.plans.duplicate(plan.id, 'Copie', false);
    s.plans.duplicate(plan.id, 'Mon modèle', true);
    expect(s.plans.list(false).map((p) => p.name)).toEqual(['Base', 'Copie']);
    expect(s.plans.list(true).map((p) => p.name)).toEqual(['Mon modèle']);
    expect(s.plans.get(s.plans.list(true)[0]!.id).blocks).toEqual(plan.blocks);
  });

  it('deletes a plan and reports unknown ones', () => {
    const s = testServices();
    const plan = s.plans.create('Vide', { empty: true });
    s.plans.remove(plan.id);
    expect(s.plans.list(false)).toEqual([]);
    expect(() => s.plans.get(plan.id)).toThrow(AppError);
    expect(() => s.plans.create('x', { builtin: 'nope' })).toThrow(/No built-in template/);
  });
});
