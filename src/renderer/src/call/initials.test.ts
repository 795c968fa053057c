import { describe, expect, it } from 'vitest';
import { hueIndex, initials } from './initials';

describe('initials on audio tiles', () => {
  it('takes the first letters of the first two words', () => {
    expect(initials('Marie Dupont')).toBe('MD');
    expect(initials('marie-claire dupont')).toBe('MC');
    expect(initials('  Jo  ')).toBe('JO');
    expect(initials('Élodie')).toBe('ÉL');
  });

  it('keeps emoji whole and never shows nothing', () => {
    expect(initials('🌻 Soleil')).toBe('🌻S');
    expect(initials('   ')).toBe('?');
  });

  it('gives each person a stable colour', () => {
    expect(hueIndex('peer-abcdefgh')).toBe(hueIndex('peer-abcdefgh'));
    expect(hueIndex('peer-abcdefgh')).toBeGreaterThanOrEqual(0);
    expect(hueIndex('peer-abcdefgh')).toBeLessThan(6);
  });
});
