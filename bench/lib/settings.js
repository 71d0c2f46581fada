'use strict';

const DEFAULTS = { rounds: 8, seconds: 3, warmupSeconds: 2, connections: 20, eventsRate: 40 };

const VARIABLES = {
  rounds: 'BENCH_ROUNDS',
  seconds: 'BENCH_SECONDS',
  warmupSeconds: 'BENCH_WARMUP_SECONDS',
  connections: 'BENCH_CONNECTIONS',
  eventsRate: 'BENCH_EVENTS_RATE',
};

// Whole numbers only; the upper bounds keep a mistyped value from flooding the dev database
// (each event of the `events` scenario is a task created and completed in it).
const LEAST = { warmupSeconds: 0 };
const MOST = { eventsRate: 500 };

/**
 * Rounds, seconds per run, warm-up seconds, connections and the `events` scenario's rate of task
 * completions per second; env vars override the defaults.
 */
function readSettings(env = process.env) {
  const settings = { pipelining: 1 };
  const problems = [];
  for (const [key, variable] of Object.entries(VARIABLES)) {
    const raw = env[variable];
    if (raw === undefined || raw === '') {
      settings[key] = DEFAULTS[key];
      continue;
    }
    const value = Number(raw);
    const least = LEAST[key] ?? 1;
    const most = MOST[key] ?? Infinity;
    if (!Number.isInteger(value) || value < least || value > most) {
      const bounds = most === Infinity ? `≥ ${least}` : `from ${least} to ${most}`;
      problems.push(`${variable} must be a whole number ${bounds} (got "${raw}")`);
    }
    settings[key] = value;
  }
  if (problems.length > 0) throw new SettingsError(problems.join('\n'));
  return settings;
}

class SettingsError extends Error {}

module.exports = { readSettings, SettingsError, VARIABLES };
