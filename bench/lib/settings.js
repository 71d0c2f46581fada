'use strict';

const DEFAULTS = { rounds: 8, seconds: 3, warmupSeconds: 2, connections: 20 };

const VARIABLES = {
  rounds: 'BENCH_ROUNDS',
  seconds: 'BENCH_SECONDS',
  warmupSeconds: 'BENCH_WARMUP_SECONDS',
  connections: 'BENCH_CONNECTIONS',
};

/** Rounds, seconds per run, warm-up seconds and connections; env vars override the defaults. */
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
    const least = key === 'warmupSeconds' ? 0 : 1;
    if (!Number.isInteger(value) || value < least) {
      problems.push(`${variable} must be a whole number ≥ ${least} (got "${raw}")`);
    }
    settings[key] = value;
  }
  if (problems.length > 0) throw new SettingsError(problems.join('\n'));
  return settings;
}

class SettingsError extends Error {}

module.exports = { readSettings, SettingsError, VARIABLES };
