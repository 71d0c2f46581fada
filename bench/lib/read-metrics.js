'use strict';

const { httpGet } = require('./http-get');

const READS = 'tenfold_db_reads_total';

/**
 * The server's read counters from GET /metrics: `tenfold_db_reads_total{destination,reason}` as
 * { 'replica': n, 'primary': n, … } by destination, and by "destination/reason". null when the
 * build does not expose the metric (or /metrics does not answer): no proof either way.
 */
/** The web's /metrics is for platform admins: the benches run with the local admin credentials. */
function adminBasic() {
  const username = process.env.ADMIN_USERNAME || 'admin';
  const password = process.env.ADMIN_PASSWORD || 'tenfold-admin-local';
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

async function readCounters(origin) {
  let text;
  try {
    const answer = await httpGet(`${origin}/metrics`, 5_000, { authorization: adminBasic() });
    if (answer.status !== 200) return null;
    text = answer.body;
  } catch {
    return null;
  }
  const counters = { byDestination: {}, byReason: {} };
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

/** after − before, per key; null if either side is missing. */
function countersSince(before, after) {
  if (!before || !after) return null;
  const diff = (a, b) =>
    Object.fromEntries(
      Object.keys(b)
        .map((key) => [key, b[key] - (a[key] ?? 0)])
        .filter(([, n]) => n !== 0),
    );
  return {
    byDestination: diff(before.byDestination, after.byDestination),
    byReason: diff(before.byReason, after.byReason),
  };
}

module.exports = { readCounters, countersSince };
