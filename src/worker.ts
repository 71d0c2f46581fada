import 'reflect-metadata';

import { loadConfigOrExit } from './app/load-config-or-exit';
import { startTracing } from './infrastructure/observability/tracing/start-tracing';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  // Before anything else is required: instrumentations patch http, pg and ioredis as they load.
  const tracing = await startTracing(config.tracing, 'worker');
  const { runWorker } = await import('./app/run-worker');
  await runWorker(config, { afterClose: () => tracing?.shutdown() ?? Promise.resolve() });
}

void bootstrap().catch((error: unknown) => {
  console.error(`worker failed to start: ${(error as Error).message}`);
  process.exit(1);
});
