/** A digest covers this many UTC calendar days. */
export const DIGEST_DAYS = 7;

export interface DigestPeriod {
  /** First day counted, `YYYY-MM-DD` (UTC). */
  start: string;
  /** Last day counted: the day of `now`, `YYYY-MM-DD` (UTC). */
  end: string;
}

/** A requested digest: the 7 UTC days ending with (and including) the day it is asked for. */
export function digestPeriodEnding(now: Date): DigestPeriod {
  const end = utcDay(now);
  const start = utcDay(new Date(now.getTime() - (DIGEST_DAYS - 1) * 24 * 60 * 60 * 1000));
  return { start, end };
}

/**
 * A scheduled digest: the 7 whole UTC days before the day the schedule fires. Consecutive weekly
 * runs then cover consecutive weeks, each day once, and no day is counted while it is still going
 * on (a Monday 08:00 run covers Monday to Sunday of the week before).
 */
export function digestPeriodBefore(firesAt: Date): DigestPeriod {
  return digestPeriodEnding(new Date(utcDayBounds(firesAt).start.getTime() - 1));
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
