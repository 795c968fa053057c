import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { testServices } from '../../../tests/support/services';

function importError(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('the import was accepted');
}

describe('plan files', () => {
  it('round-trips plans and templates through the file format', () => {
    const s = testServices();
    const plan = s.plans.create('Mardi — 90 min', { builtin: 'talking-group-90' });
    const template = s.plans.duplicate(plan.id, 'Mon modèle', true);
    const text = s.planFiles.serialize([plan.id, template.id]);
    expect(JSON.parse(text)).toMatchObject({ format: 'cercle-plans', version: 1 });

    const other = testServices();
    const imported = other.planFiles.import(text);
    expect(imported.map((p) => [p.name, p.isTemplate, p.totalMin])).toEqual([
      ['Mardi — 90 min', false, 90],
      ['Mon modèle', true, 90],
    ]);
    expect(other.plans.get(imported[0]!.id).blocks).toEqual(plan.blocks);
  });

  it('refuses a file that is not JSON, not ours, or from a newer version, and adds nothing', () => {
    const s = testServices();
    const cases: [string, string, string][] = [
      ['{"format": "cercle-plans", "plans": [', '', 'not_json'],
      ['{"hello": "world"}', 'format', 'not_cercle_file'],
      ['{"format": "cercle-plans", "version": 9, "plans": []}', 'version', 'newer_version'],
      ['x'.repeat(1024 * 1024 + 1), '', 'too_large'],
    ];
    for (const [content, path, message] of cases) {
      const error = importError(() => s.planFiles.import(content));
      expect(error.code).toBe('IMPORT_INVALID');
      expect(error.fields).toEqual([{ path, message }]);
    }
    expect(s.plans.list(false)).toEqual([]);
  });

  it('names every problem with its plan, block and field, and adds nothing', () => {
    const s = testServices();
    const good = s.plans.create('Bon', { builtin: 'first-group-75' });
    const file = JSON.parse(s.planFiles.serialize([good.id]));
    file.plans.push(structuredClone(file.plans[0]));
    file.plans[1].blocks[2].durationMin = -5;
    file.plans[1].blocks[0].title = '';
    file.plans[1].blocks[3].kind = 'karaoke';
    file.plans[0].expectedGroupSize = 'huit';
    file.plans[0].secret = true;
    delete file.plans[0].startTime;
    s.plans.remove(good.id);

    const error = importError(() => s.planFiles.import(JSON.stringify(file)));
    expect(error.fields).toEqual(
      expect.arrayContaining([
        { path: 'plans.1.blocks.2.durationMin', message: 'out_of_range' },
        { path: 'plans.1.blocks.0.title', message: 'empty' },
        { path: 'plans.1.blocks.3.kind', message: 'not_allowed' },
        { path: 'plans.0.expectedGroupSize', message: 'wrong_type' },
        { path: 'plans.0.secret', message: 'unknown_field' },
        { path: 'plans.0.startTime', message: 'missing' },
      ]),
    );
    expect(s.plans.list(false)).toEqual([]);
  });
});
