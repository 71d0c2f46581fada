/** The last `days` UTC days, today included: the same convention as the activity report. */
export interface ReportWindow {
  /** First and last day, as YYYY-MM-DD. */
  from: string;
  to: string;
  /** Start of `from` (00:00 UTC) up to `now`: what "completed in the window" means. */
  start: Date;
  end: Date;
  /** Every day from `from` to `to`, ascending. */
  days: string[];
}

const DAY_MS = 24 * 60 * 60 * 1000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export function reportWindow(days: number, now: Date): ReportWindow {
  const start = new Date(`${isoDay(new Date(now.getTime() - (days - 1) * DAY_MS))}T00:00:00.000Z`);
  const all = Array.from({ length: days }, (_, i) =>
    isoDay(new Date(start.getTime() + i * DAY_MS)),
  );
  return { from: all[0], to: all[days - 1], start, end: now, days: all };
}
