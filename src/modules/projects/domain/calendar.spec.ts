import { instantOf, isCalendarDate, isTimeZone, localDateOf } from './calendar';

describe('calendar shapes', () => {
  it('accepts real calendar dates only', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
    expect(isCalendarDate('0999-01-01')).toBe(false);
    expect(isCalendarDate('2026-03-01T00:00:00Z')).toBe(false);
  });

  it('reads instants with an offset, refusing impossible dates and missing offsets', () => {
    expect(instantOf('2026-03-01T09:30:00+02:00')?.toISOString()).toBe('2026-03-01T07:30:00.000Z');
    expect(instantOf('2026-03-01T09:30Z')?.toISOString()).toBe('2026-03-01T09:30:00.000Z');
    expect(instantOf('2026-03-01T09:30:00.5-05:30')?.toISOString()).toBe(
      '2026-03-01T15:00:00.500Z',
    );
    expect(instantOf('2026-02-30T10:00:00Z')).toBeUndefined();
    expect(instantOf('2026-03-01T10:00:00')).toBeUndefined();
    expect(instantOf('2026-03-01T24:00:00Z')).toBeUndefined();
    expect(instantOf('2026-03-01T10:00:00+15:00')).toBeUndefined();
    expect(instantOf('2026-03-01')).toBeUndefined();
    expect(instantOf('yesterday')).toBeUndefined();
  });

  it('knows IANA zones through Intl', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });

  it('finds the local date of an instant in a zone', () => {
    const instant = new Date('2026-03-01T23:30:00Z');
    expect(localDateOf(instant, 'UTC')).toBe('2026-03-01');
    expect(localDateOf(instant, 'Europe/Berlin')).toBe('2026-03-02');
    expect(localDateOf(instant, 'America/New_York')).toBe('2026-03-01');
  });
});
