import type { ModuleMetadata } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

import type { AppConfig } from '../infrastructure/config/app-config';
import { consumeUntilShutdown } from './consume-until-shutdown';
import { createWorkerApp } from './create-worker-app';

export interface RunWorkerOptions {
  /** Extra Nest modules (the benchmark's consumers); production passes none. */
  extraImports?: NonNullable<ModuleMetadata['imports']>;
  /** Runs once Postgres and Redis answer, before jobs and events are consumed. */
  beforeConsuming?: (app: NestFastifyApplication) => Promise<void>;
  /** Runs after a graceful close (worker.ts flushes the trace exporter). */
  afterClose?: () => Promise<void>;
}

/** The worker's life (worker.ts): health port first, then queues and the relay (consume-until-shutdown.ts). */
export async function runWorker(config: AppConfig, options: RunWorkerOptions = {}): Promise<void> {
  await consumeUntilShutdown({
    app: await createWorkerApp(config, options.extraImports),
    config,
    port: config.worker.httpPort,
    drainDelayMs: 0,
    describe: (url) => `worker health and metrics on ${url} (Node ${process.version})`,
    beforeConsuming: options.beforeConsuming,
    afterClose: options.afterClose,
  });
}
