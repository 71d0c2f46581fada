const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * Waits after each failed attempt: 10 attempts over about 3 days 4 hours. The last failure gives up.
 */
export const DEFAULT_RETRY_WAITS_MS = [
  5 * SECOND,
  5 * MINUTE,
  30 * MINUTE,
  2 * HOUR,
  5 * HOUR,
  10 * HOUR,
  14 * HOUR,
  20 * HOUR,
  24 * HOUR,
];

/**
 * When a failed delivery is tried again. Injected (DI class token) so tests can run the whole
 * schedule in milliseconds; production uses the default.
 */
export class RetrySchedule {
  constructor(
    readonly waitsMs: readonly number[] = DEFAULT_RETRY_WAITS_MS,
    private readonly jitter: number = 0.1,
    private readonly random: () => number = Math.random,
  ) {}

  /** The wait after the failure at `step` (0-based), ±jitter; null when the schedule is spent. */
  waitAfter(step: number): number | null {
    const base = this.waitsMs[step];
    if (base === undefined) return null;
    return Math.round(base * (1 + this.jitter * (2 * this.random() - 1)));
  }
}
