import type { INestApplicationContext, LoggerService } from '@nestjs/common';

export interface ShutdownPlan {
  app: INestApplicationContext;
  graceMs: number;
  logger: LoggerService;
  /** Runs first: stop taking new work (readiness off, drain queues). */
  beforeClose: () => Promise<void> | void;
  /** Runs last, after the pools are closed (flushing the spans of the work that just ended). */
  afterClose?: () => Promise<void>;
}

const EXIT_MARGIN_MS = 3_000;

/**
 * SIGTERM/SIGINT: stop taking work, let running work finish, close pools, exit 0. If that takes
 * longer than the grace period (plus a margin for closing pools), exit 1 rather than hang.
 */
export function shutDownGracefully(plan: ShutdownPlan): void {
  let started = false;
  const shutDown = async (signal: NodeJS.Signals) => {
    if (started) return;
    started = true;
    plan.logger.log(`${signal} received: draining (grace ${plan.graceMs} ms)`, 'Shutdown');
    setTimeout(() => {
      plan.logger.error('grace period exceeded: exiting without a clean close', 'Shutdown');
      process.exit(1);
    }, plan.graceMs + EXIT_MARGIN_MS).unref();
    try {
      await plan.beforeClose();
      await plan.app.close();
      await plan.afterClose?.();
      plan.logger.log('closed cleanly', 'Shutdown');
      process.exit(0);
    } catch (error) {
      plan.logger.error(`shutdown failed: ${(error as Error).message}`, 'Shutdown');
      process.exit(1);
    }
  };
  process.once('SIGTERM', (signal) => void shutDown(signal));
  process.once('SIGINT', (signal) => void shutDown(signal));
}
