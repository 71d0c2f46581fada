import type { ModuleMetadata } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';

import type { AppConfig } from '../infrastructure/config/app-config';
import { OutboxRelay } from '../infrastructure/events/outbox-relay';
import { ShutdownState } from '../infrastructure/observability/health/shutdown-state';
import { QueueConsumption } from '../infrastructure/queue/queue-consumption.service';
import { createWorkerApp } from './create-worker-app';
import { DependencyGate } from './dependency-gate';
import { shutDownGracefully } from './graceful-shutdown';

export interface RunWorkerOptions {
  /** Extra Nest modules (the benchmark's consumers); production passes none. */
  extraImports?: NonNullable<ModuleMetadata['imports']>;
  /** Runs once Postgres and Redis answer, before jobs and events are consumed. */
  beforeConsuming?: (app: NestFastifyApplication) => Promise<void>;
  /** Runs after a graceful close (worker.ts flushes the trace exporter). */
  afterClose?: () => Promise<void>;
}

/**
 * The worker's life: health port first, then (once the dependencies answer) queues and the outbox
 * relay; on SIGTERM the relay stops first, since its batch in flight may still enqueue jobs that the
 * drain then runs.
 */
export async function runWorker(config: AppConfig, options: RunWorkerOptions = {}): Promise<void> {
  const app = await createWorkerApp(config, options.extraImports);
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
      await relay.stop();
      await consumption.drain(config.shutdownGraceMs);
    },
    afterClose: options.afterClose,
  });
  await app.listen({ host: config.http.host, port: config.worker.httpPort });
  logger.log(
    `worker health and metrics on ${await app.getUrl()} (Node ${process.version})`,
    'Bootstrap',
  );
  if (await app.get(DependencyGate).waitUntilOpen(() => shutdown.isDraining)) {
    await options.beforeConsuming?.(app);
    await consumption.start();
    await relay.start();
  }
}
