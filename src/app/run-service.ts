import type { AppConfig } from '../infrastructure/config/app-config';
import type { ModuleName } from '../infrastructure/config/module-names';
import { consumeUntilShutdown } from './consume-until-shutdown';
import { createServiceApp } from './create-service-app';

export interface RunServiceOptions {
  /** Runs after a graceful close (the entry flushes the trace exporter). */
  afterClose?: () => Promise<void>;
}

/**
 * A module as its own service (src/services/*.ts): its API on HTTP_PORT, its consumers and jobs
 * in the same process. Its events come from other processes, so only RabbitMQ can carry them.
 */
export async function runService(
  config: AppConfig,
  hosted: ModuleName,
  options: RunServiceOptions = {},
): Promise<void> {
  if (config.events.transport !== 'rabbitmq') {
    throw new Error(
      `the ${hosted} service takes its events from RabbitMQ: set EVENT_TRANSPORT=rabbitmq (in-process delivery reaches only consumers inside the worker)`,
    );
  }
  await consumeUntilShutdown({
    app: await createServiceApp(config, hosted),
    config,
    port: config.http.port,
    drainDelayMs: config.shutdownDrainDelayMs,
    describe: (url) => `${hosted} service listening on ${url} (API /v1; Node ${process.version})`,
    afterClose: options.afterClose,
  });
}
