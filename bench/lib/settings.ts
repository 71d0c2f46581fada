/** The shared knobs of every scenario (docs/BENCHMARKS.md, "Running it"). */
export interface Settings {
  pipelining: 1;
  rounds: number;
  seconds: number;
  warmupSeconds: number;
  connections: number;
  eventsRate: number;
}

type Knob = keyof Omit<Settings, 'pipelining'>;

/** One whole-number knob read from the environment. */
export interface WholeNumber {
  variable: string;
  default: number;
  least: number;
  most: number;
}

export const VARIABLES: Record<Knob, string> = {
  rounds: 'BENCH_ROUNDS',
  seconds: 'BENCH_SECONDS',
  warmupSeconds: 'BENCH_WARMUP_SECONDS',
  connections: 'BENCH_CONNECTIONS',
  eventsRate: 'BENCH_EVENTS_RATE',
};

// Whole numbers only; the upper bound keeps a mistyped value from flooding the dev database
// (each event of the `events` scenario is a task created and completed in it).
const KNOBS: Record<Knob, WholeNumber> = {
  rounds: { variable: VARIABLES.rounds, default: 8, least: 1, most: Infinity },
  seconds: { variable: VARIABLES.seconds, default: 3, least: 1, most: Infinity },
  warmupSeconds: { variable: VARIABLES.warmupSeconds, default: 2, least: 0, most: Infinity },
  connections: { variable: VARIABLES.connections, default: 20, least: 1, most: Infinity },
  eventsRate: { variable: VARIABLES.eventsRate, default: 40, least: 1, most: 500 },
};

export class SettingsError extends Error {}

/**
 * Rounds, seconds per run, warm-up seconds, connections and the rate of task completions per
 * second of the open-loop scenarios; env vars override the defaults.
 */
export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  return { pipelining: 1, ...readWholeNumbers(KNOBS, env) };
}

/** Every knob's value (its default when unset), or a SettingsError naming every problem at once. */
export function readWholeNumbers<K extends string>(
  knobs: Record<K, WholeNumber>,
  env: NodeJS.ProcessEnv = process.env,
  extraProblems: string[] = [],
): Record<K, number> {
  const values = {} as Record<K, number>;
  const problems: string[] = [];
  for (const key of Object.keys(knobs) as K[]) {
    const knob = knobs[key];
    const raw = env[knob.variable];
    const value = raw === undefined || raw === '' ? knob.default : Number(raw);
    if (!Number.isInteger(value) || value < knob.least || value > knob.most) {
      const bounds =
        knob.most === Infinity ? `≥ ${knob.least}` : `from ${knob.least} to ${knob.most}`;
      problems.push(`${knob.variable} must be a whole number ${bounds} (got "${raw}")`);
    }
    values[key] = value;
  }
  problems.push(...extraProblems);
  if (problems.length > 0) throw new SettingsError(problems.join('\n'));
  return values;
}
