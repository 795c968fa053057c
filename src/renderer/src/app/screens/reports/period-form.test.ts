import { describe, expect, it } from 'vitest';
import { formFor, formPeriod, lastClosedQuarter, yearsOffered } from './period-form';

describe('the period fields', () => {
  it('keep the other kinds near the period shown, so switching kind stays in the same months', () => {
    const form = formFor({ kind: 'quarter', year: 2026, quarter: 2 }, '2026-10');
    expect(form).toMatchObject({ kind: 'quarter', year: 2026, quarter: 2, month: '2026-06' });
    expect(form).toMatchObject({ from: '2026-04', to: '2026-06' });
    expect(formPeriod({ ...form, kind: 'month' })).toEqual({
      ok: true,
      period: { kind: 'month', month: '2026-06' },
    });
    expect(formPeriod({ ...form, kind: 'year' })).toEqual({
      ok: true,
      period: { kind: 'year', year: 2026 },
    });
  });

  it('refuse a range that ends before it starts or is longer than 20 years', () => {
    const form = formFor({ kind: 'range', from: '2025-03', to: '2025-05' }, '2026-10');
    expect(formPeriod({ ...form, to: '2025-02' })).toEqual({ ok: false, problem: 'before_start' });
    expect(formPeriod({ ...form, from: '2005-01', to: '2025-01' })).toEqual({
      ok: false,
      problem: 'too_long',
    });
    expect(formPeriod({ ...form, to: '2025-03' })).toEqual({
      ok: true,
      period: { kind: 'range', from: '2025-03', to: '2025-03' },
    });
  });

  it('know the last quarter that has fully ended', () => {
    expect(lastClosedQuarter('2026-09')).toEqual({ year: 2026, quarter: 3 });
    expect(lastClosedQuarter('2026-10')).toEqual({ year: 2026, quarter: 3 });
    expect(lastClosedQuarter('2026-02')).toEqual({ year: 2025, quarter: 4 });
  });

  it('offer years back to the first with sessions, at least five, newest first', () => {
    expect(yearsOffered(2026, null)).toEqual([2026, 2025, 2024, 2023, 2022, 2021]);
    expect(yearsOffered(2026, 2019).at(-1)).toBe(2019);
    expect(yearsOffered(2026, 2025)).toHaveLength(6);
  });
});
