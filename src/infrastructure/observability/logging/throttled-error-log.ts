import { Logger } from '@nestjs/common';

const DEFAULT_INTERVAL_MS = 10_000;

/**
 * Connection errors repeat many times a second while a dependency is down; one line per source
 * per interval (with a count of what was suppressed) keeps the log readable.
 */
export class ThrottledErrorLog {
  private lastLoggedAt = 0;
  private suppressed = 0;

  constructor(
    private readonly logger: Logger,
    private readonly source: string,
    private readonly intervalMs = DEFAULT_INTERVAL_MS,
  ) {}

  readonly record = (error: Error): void => {
    const now = Date.now();
    if (now - this.lastLoggedAt < this.intervalMs) {
      this.suppressed++;
      return;
    }
    const repeats = this.suppressed > 0 ? ` (${this.suppressed} similar errors suppressed)` : '';
    this.logger.error(`${this.source}: ${error.message}${repeats}`);
    this.lastLoggedAt = now;
    this.suppressed = 0;
  };
}
