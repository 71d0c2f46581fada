/**
 * The date and time shapes task fields accept, checked without a clock or a database. JavaScript's
 * Date parser is too lenient to decide them (it reads 2026-02-30 as 2 March), so each value is
 * parsed by its exact shape and then rebuilt from its parts: only a real date survives the trip.
 */

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-](\d{2}):(\d{2}))$/;

/** `YYYY-MM-DD` naming a day that exists (no 2026-02-30, no month 13), years 1000 to 9999. */
export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1, 4).map(Number);
  return year >= 1000 && isRealDay(year, month, day);
}

/**
 * The instant of an ISO-8601 date-time that names its offset (`Z` or `±hh:mm`), or undefined for
 * anything else: a local time without an offset would mean a different instant on every server.
 */
export function instantOf(value: string): Date | undefined {
  const match = INSTANT_WITH_OFFSET.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number);
  const second = Number(match[6] ?? 0);
  const millisecond = Number((match[7] ?? '0').padEnd(3, '0'));
  if (year < 1000 || !isRealDay(year, month, day)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMinutes = 0;
  if (match[8] !== 'Z') {
    const offsetHours = Number(match[9]);
    const offsetMins = Number(match[10]);
    if (offsetHours > 14 || offsetMins > 59) return undefined;
    offsetMinutes = (match[8].startsWith('-') ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  return new Date(utc - offsetMinutes * 60_000);
}

/** An IANA zone name the runtime knows (`Europe/Berlin`, `UTC`), as Intl decides it. */
export function isTimeZone(value: string): boolean {
  if (value.length === 0 || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The calendar date (`YYYY-MM-DD`) the instant falls on in `timeZone`. */
export function localDateOf(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
