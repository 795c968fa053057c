import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api';
import { checkGroupName, nameIssueFromError } from './name-issue';

describe('checkGroupName', () => {
  it('accepts a name and trims it as main will', () => {
    expect(checkGroupName('  Entraide du mardi ')).toEqual({
      ok: true,
      name: 'Entraide du mardi',
    });
    expect(checkGroupName('x'.repeat(80))).toMatchObject({ ok: true });
  });

  it('names the problem a form shows beside the field', () => {
    expect(checkGroupName('   ')).toEqual({
      ok: false,
      issue: { kind: 'field', problem: 'empty', length: 0 },
    });
    expect(checkGroupName('x'.repeat(81))).toEqual({
      ok: false,
      issue: { kind: 'field', problem: 'too_long', length: 81 },
    });
    expect(checkGroupName('ligne\nsuivante')).toMatchObject({
      ok: false,
      issue: { kind: 'field', problem: 'control_chars' },
    });
  });
});

describe('nameIssueFromError', () => {
  it('shows a taken name as a problem of the field', () => {
    const error = new ApiError('NAME_TAKEN', 'taken', [{ path: 'name', message: 'taken' }]);
    expect(nameIssueFromError(error, 'Entraide')).toEqual({
      kind: 'field',
      problem: 'taken',
      length: 8,
    });
  });

  it('falls back to the error code when no field problem is known', () => {
    expect(nameIssueFromError(new ApiError('INTERNAL', 'boom'), 'Entraide')).toEqual({
      kind: 'error',
      code: 'INTERNAL',
    });
  });
});
