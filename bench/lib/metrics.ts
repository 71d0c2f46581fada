import { httpGet } from './http';
import { sumCounts, type Counts } from './stats';

const READS = 'tenfold_db_reads_total';

/** tenfold_db_reads_total by destination, and by "destination/reason". */
export interface ReadCounters {
  byDestination: Counts;
  byReason: Counts;
}

/** The web's /metrics is for platform admins: the benches run with the local admin credentials. */
function adminBasic(): string {
  const username = process.env.ADMIN_USERNAME || 'admin';
  const password = process.env.ADMIN_PASSWORD || 'tenfold-admin-local';
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

/**
 * The server's read counters from GET /metrics: `tenfold_db_reads_total{destination,reason}` as
 * { 'replica': n, 'primary': n, … } by destination, and by "destination/reason". null when the
 * build does not expose the metric (or /metrics does not answer): no proof either way.
 */
export async function readCounters(origin: string): Promise<ReadCounters | null> {
  let text: string;
  try {
    const answer = await httpGet(`${origin}/metrics`, 5_000, { authorization: adminBasic() });
    if (answer.status !== 200) return null;
    text = answer.body;
  } catch {
    return null;
  }
  const counters: ReadCounters = { byDestination: {}, byReason: {} };
  let seen = false;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${READS}{`) && !line.startsWith(`${READS} `)) continue;
    seen = true;
    const match = line.match(/^\S+?(?:\{(.*)\})?\s+(\S+)/);
    if (!match) continue;
    const labels = Object.fromEntries(
      [...(match[1] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]),
    );
    const value = Number(match[2]);
    const destination = labels.destination ?? '?';
    const key = `${destination}/${labels.reason ?? '?'}`;
    counters.byDestination[destination] = (counters.byDestination[destination] ?? 0) + value;
    counters.byReason[key] = (counters.byReason[key] ?? 0) + value;
  }
  return seen ? counters : null;
}

/** after − before, per key (keys that did not move left out); null if either side is missing. */
export function countersSince(
  before: ReadCounters | null,
  after: ReadCounters | null,
): ReadCounters | null {
  if (!before || !after) return null;
  const diff = (a: Counts, b: Counts) =>
    Object.fromEntries(
      Object.keys(b)
        .map((key) => [key, b[key] - (a[key] ?? 0)] as const)
        .filter(([, n]) => n !== 0),
    );
  return {
    byDestination: diff(before.byDestination, after.byDestination),
    byReason: diff(before.byReason, after.byReason),
  };
}

/** Several servers' counters added up; null if none shows them. */
export function addCounters(all: readonly (ReadCounters | null)[]): ReadCounters | null {
  const shown = all.filter((counters): counters is ReadCounters => counters !== null);
  if (shown.length === 0) return null;
  return {
    byDestination: sumCounts(shown.map((c) => c.byDestination)),
    byReason: sumCounts(shown.map((c) => c.byReason)),
  };
}
