import { describe, expect, it } from 'vitest';
import { normalizeClock } from './clock-input';

describe('normalizeClock', () => {
  it('reads the ways a 24-hour time is typed in French and English', () => {
    expect(normalizeClock('18:30')).toBe('18:30');
    expect(normalizeClock(' 9:05 ')).toBe('09:05');
    expect(normalizeClock('18h30')).toBe('18:30');
    expect(normalizeClock('18 h 30')).toBe('18:30');
    expect(normalizeClock('18h')).toBe('18:00');
    expect(normalizeClock('00:00')).toBe('00:00');
    expect(normalizeClock('23:59')).toBe('23:59');
  });

  it('refuses what is not a time of day', () => {
    for (const typed of ['', '24:00', '18:60', '18:5', '6 pm', '1830', '18:30:00', 'h30']) {
      expect(normalizeClock(typed), typed).toBeNull();
    }
  });
});
