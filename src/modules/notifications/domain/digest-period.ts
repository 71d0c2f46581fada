/** A digest covers this many UTC calendar days, ending with (and including) the day it is asked for. */
export const DIGEST_DAYS = 7;

export interface DigestPeriod {
  /** First day counted, `YYYY-MM-DD` (UTC). */
  start: string;
  /** Last day counted: the day of `now`, `YYYY-MM-DD` (UTC). */
  end: string;
}

export function digestPeriodEnding(now: Date): DigestPeriod {
  const end = utcDay(now);
  const start = utcDay(new Date(now.getTime() - (DIGEST_DAYS - 1) * 24 * 60 * 60 * 1000));
  return { start, end };
}

/** The UTC day of an instant, `YYYY-MM-DD`. */
export function utcDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** The start of the UTC day of an instant, and of the next one. */
export function utcDayBounds(instant: Date): { start: Date; next: Date } {
  const start = new Date(`${utcDay(instant)}T00:00:00.000Z`);
  return { start, next: new Date(start.getTime() + 24 * 60 * 60 * 1000) };
}
