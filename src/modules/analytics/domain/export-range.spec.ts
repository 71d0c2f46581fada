import { exportRange, parseDay, rangeProblems } from './export-range';

describe('export range', () => {
  it('accepts only real calendar days', () => {
    expect(parseDay('2026-02-28')).toEqual(new Date('2026-02-28T00:00:00.000Z'));
    expect(parseDay('2026-02-30')).toBeNull();
    expect(parseDay('2026-2-3')).toBeNull();
    expect(parseDay('yesterday')).toBeNull();
  });

  it('names `to` when it is before `from` or the range is longer than 366 days', () => {
    expect(rangeProblems('2026-01-02', '2026-01-01')).toEqual([
      { field: 'to', message: 'to must not be before from' },
    ]);
    expect(rangeProblems('2024-01-01', '2024-12-31')).toEqual([]); // 366 days, a leap year
    expect(rangeProblems('2025-01-01', '2026-01-02')).toHaveLength(1); // 367 days
  });

  it('lists every day, both ends included', () => {
    const range = exportRange('2026-02-27', '2026-03-01');
    expect(range.days).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
    expect(range.start.toISOString()).toBe('2026-02-27T00:00:00.000Z');
    expect(range.endInclusive).toBe('2026-03-01T23:59:59.999999Z');
  });
});
