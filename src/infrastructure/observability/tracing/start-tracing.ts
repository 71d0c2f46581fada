import type { TracingConfig } from '../../config/app-config';
import type { TracedService } from './tracing-sdk';
import { markTracingStarted } from './tracing-state';

/** What a started SDK leaves to the process: flush and stop it when the process ends. */
export interface TracingHandle {
  shutdown(): Promise<void>;
}

/**
 * Starts OpenTelemetry when TRACING_ENABLED=true. Must run before the application's modules are
 * required (main.ts, worker.ts): the instrumentations of http, pg and ioredis patch those modules
 * as they are loaded. With tracing off, the SDK is not even loaded (the import below is lazy) and
 * @opentelemetry/api stays the no-op it is by default.
 */
export async function startTracing(
  config: TracingConfig,
  service: TracedService,
): Promise<TracingHandle | undefined> {
  if (!config.enabled) return undefined;
  const { startTracingSdk } = await import('./tracing-sdk');
  const handle = startTracingSdk(config, service);
  markTracingStarted(true);
  return {
    shutdown: async () => {
      markTracingStarted(false);
      await handle.shutdown();
    },
  };
}
