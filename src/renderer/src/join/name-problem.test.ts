import { describe, expect, it } from 'vitest';
import { nameProblem } from './name-problem';

describe('the name a participant chooses', () => {
  it('accepts 1 to 40 characters, a pseudonym or an emoji, spaces around trimmed', () => {
    expect(nameProblem('  Alix ')).toBeNull();
    expect(nameProblem('🌻')).toBeNull();
    expect(nameProblem('é'.repeat(40))).toBeNull();
  });

  it('says what is wrong: empty, too long (with its length), or an invisible character', () => {
    expect(nameProblem('   ')).toEqual({ kind: 'empty' });
    expect(nameProblem('x'.repeat(41))).toEqual({ kind: 'tooLong', length: 41 });
    expect(nameProblem('Ali\u202ex')).toEqual({ kind: 'controlChars' });
  });
});
