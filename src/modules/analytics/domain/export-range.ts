/** The longest range an export may cover, both ends included: a leap year. */
export const MAX_EXPORT_DAYS = 366;

export type ExportFormat = 'csv' | 'pdf';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'pdf'];

/** An export's UTC days, `from` and `to` included, and the instants that bound them. */
export interface ExportRange {
  from: string;
  to: string;
  /** `from` 00:00 UTC. */
  start: Date;
  /** The last microsecond of `to` (UTC), as text: a JS Date cannot say microseconds. */
  endInclusive: string;
  /** Every day from `from` to `to`, ascending. */
  days: string[];
}

export interface RangeProblem {
  field: 'from' | 'to';
  message: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** A real calendar day written as YYYY-MM-DD (2026-02-30 is not one), as 00:00 UTC. */
export function parseDay(text: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const date = new Date(`${text}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) || isoDay(date) !== text ? null : date;
}

/** What is wrong with a range whose ends are each valid days: order, then length. */
export function rangeProblems(from: string, to: string): RangeProblem[] {
  const start = parseDay(from);
  const end = parseDay(to);
  if (!start || !end) return [];
  if (start > end) return [{ field: 'to', message: 'to must not be before from' }];
  const days = (end.getTime() - start.getTime()) / DAY_MS + 1;
  if (days > MAX_EXPORT_DAYS) {
    return [{ field: 'to', message: `the range may cover at most ${MAX_EXPORT_DAYS} days` }];
  }
  return [];
}

/** Throws on a range that rangeProblems would reject: callers validate first. */
export function exportRange(from: string, to: string): ExportRange {
  const start = parseDay(from);
  const end = parseDay(to);
  if (!start || !end || rangeProblems(from, to).length > 0) {
    throw new Error(`not a valid export range: ${from}..${to}`);
  }
  const count = (end.getTime() - start.getTime()) / DAY_MS + 1;
  const days = Array.from({ length: count }, (_, i) =>
    isoDay(new Date(start.getTime() + i * DAY_MS)),
  );
  return { from, to, start, endInclusive: `${to}T23:59:59.999999Z`, days };
}
