import { setTimeout as sleep } from 'node:timers/promises';

import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';

import type { AppConfig } from '../infrastructure/config/app-config';
import { OutboxRelay } from '../infrastructure/events/outbox-relay';
import { ShutdownState } from '../infrastructure/observability/health/shutdown-state';
import { QueueConsumption } from '../infrastructure/queue/queue-consumption.service';
import { DependencyGate } from './dependency-gate';
import { shutDownGracefully } from './graceful-shutdown';

export interface ConsumingProcessPlan {
  app: NestFastifyApplication;
  config: AppConfig;
  /** The HTTP port: health and metrics only (worker), or also the API (a service). */
  port: number;
  /** After SIGTERM, readiness fails this long before anything stops (0 for a plain worker). */
  drainDelayMs: number;
  /** The start line, given the listening URL. */
  describe: (url: string) => string;
  /** Runs once Postgres and Redis answer, before jobs and events are consumed. */
  beforeConsuming?: (app: NestFastifyApplication) => Promise<void>;
  /** Runs after a graceful close (the entry flushes the trace exporter). */
  afterClose?: () => Promise<void>;
}

/**
 * The life of a process that consumes (worker, module service): listen first, then (once the
 * dependencies answer) queues and the outbox relay; on SIGTERM readiness fails, the relay stops
 * first, since its batch in flight may still enqueue jobs that the drain then runs.
 */
export async function consumeUntilShutdown(plan: ConsumingProcessPlan): Promise<void> {
  const { app, config } = plan;
  const logger = app.get(Logger);
  const consumption = app.get(QueueConsumption);
  const relay = app.get(OutboxRelay);
  const shutdown = app.get(ShutdownState);
  shutDownGracefully({
    app,
    graceMs: config.shutdownGraceMs,
    logger,
    beforeClose: async () => {
      shutdown.beginDraining();
      // A process behind a balancer keeps serving until the balancer's health check has seen it.
      if (plan.drainDelayMs > 0) await sleep(plan.drainDelayMs);
      await relay.stop();
      await consumption.drain(config.shutdownGraceMs);
    },
    afterClose: plan.afterClose,
  });
  await app.listen({ host: config.http.host, port: plan.port });
  logger.log(plan.describe(await app.getUrl()), 'Bootstrap');
  if (await app.get(DependencyGate).waitUntilOpen(() => shutdown.isDraining)) {
    await plan.beforeConsuming?.(app);
    await consumption.start();
    await relay.start();
  }
}
