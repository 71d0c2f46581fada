import 'reflect-metadata';

import { loadConfigOrExit } from './app/load-config-or-exit';
import { startTracing } from './infrastructure/observability/tracing/start-tracing';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  // Before anything else is required: instrumentations patch http, pg and ioredis as they load.
  const tracing = await startTracing(config.tracing, 'web');
  const { serveWeb } = await import('./app/serve-web');
  await serveWeb(config, { afterClose: () => tracing?.shutdown() ?? Promise.resolve() });
}

void bootstrap().catch((error: unknown) => {
  console.error(`web failed to start: ${(error as Error).message}`);
  process.exit(1);
});
