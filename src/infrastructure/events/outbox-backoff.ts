const FIRST_RETRY_MS = 1_000;
const LONGEST_WAIT_MS = 5 * 60_000;

/** Wait before the next delivery attempt after `failedAttempts` failures: 1 s, 2 s, 4 s … 5 min. */
export function outboxRetryDelayMs(failedAttempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, failedAttempts - 1), LONGEST_WAIT_MS);
}
