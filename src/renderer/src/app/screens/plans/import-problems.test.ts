import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { enPrep } from '../../../i18n/en-prep';
import { frPrep } from '../../../i18n/fr-prep';
import { describeImportProblem, locate } from './import-problems';

async function translator(language: 'fr' | 'en'): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    resources: { fr: { translation: frPrep }, en: { translation: enPrep } },
    interpolation: { escapeValue: false },
  });
  return instance.t as unknown as TFunction;
}

describe('locate', () => {
  it('counts plans and blocks from 1 and keeps the field name', () => {
    expect(locate('plans.0.blocks.2.durationMin')).toEqual({
      plan: 1,
      block: 3,
      field: 'durationMin',
    });
    expect(locate('plans.4.startTime')).toEqual({ plan: 5, block: null, field: 'startTime' });
    expect(locate('plans.1')).toEqual({ plan: 2, block: null, field: null });
    expect(locate('format')).toEqual({ plan: null, block: null, field: 'format' });
    expect(locate('')).toEqual({ plan: null, block: null, field: null });
  });
});

describe('describeImportProblem', () => {
  it('says where and what, in plain French', async () => {
    const t = await translator('fr');
    const say = (path: string, message: string) => describeImportProblem(t, { path, message });
    expect(say('plans.0.blocks.2.durationMin', 'out_of_range')).toBe(
      'Plan 1, bloc 3\u00a0: la durée doit être comprise entre 0 et 600 minutes.',
    );
    expect(say('plans.0.startTime', 'invalid_time')).toBe(
      'Plan 1\u00a0: l’heure de début doit s’écrire HH:MM, par exemple 18:30.',
    );
    expect(say('plans.1.blocks.0.turnSec', 'turn_required')).toBe(
      'Plan 2, bloc 1\u00a0: un tour de parole doit indiquer le temps par personne.',
    );
    // Problems the field has no sentence for fall back to a general one naming the field.
    expect(say('plans.0.name', 'missing')).toBe('Plan 1\u00a0: le nom manque.');
    expect(say('plans.0.blocks.1.passAllowed', 'wrong_type')).toBe(
      'Plan 1, bloc 2\u00a0: l’indication «\u00a0Je passe\u00a0» permis n’a pas le bon type de valeur.',
    );
    expect(say('plans.0.blocks.1.colour', 'unknown_field')).toBe(
      'Plan 1, bloc 2\u00a0: «\u00a0colour\u00a0» n’est pas une information que Cercle connaît.',
    );
    expect(say('plans.2', 'wrong_type')).toBe(
      'Plan 3\u00a0: ce plan n’a pas le bon type de valeur.',
    );
  });

  it('speaks of the whole file when the problem is the file itself', async () => {
    const t = await translator('fr');
    expect(describeImportProblem(t, { path: '', message: 'not_json' })).toMatch(
      /^Ce fichier n’est pas lisible comme fichier de plans/,
    );
    expect(describeImportProblem(t, { path: 'format', message: 'not_cercle_file' })).toBe(
      'Ce fichier n’est pas un fichier de plans Cercle.',
    );
    expect(describeImportProblem(t, { path: 'plans', message: 'empty' })).toBe(
      'Le fichier ne contient aucun plan.',
    );
    expect(describeImportProblem(t, { path: 'plans', message: 'missing' })).toBe(
      'Le fichier ne contient pas de liste de plans.',
    );
  });

  it('speaks English too', async () => {
    const t = await translator('en');
    expect(
      describeImportProblem(t, { path: 'plans.0.blocks.2.durationMin', message: 'out_of_range' }),
    ).toBe('Plan 1, block 3: the length must be between 0 and 600 minutes.');
  });
});
