import 'reflect-metadata';

import { loadConfigOrExit } from '../app/load-config-or-exit';
import { startTracing } from '../infrastructure/observability/tracing/start-tracing';

/** The analytics module as its own service: `npm run start:analytics` (docs/SCALING.md). */
async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  // Before anything else is required: instrumentations patch http, pg and ioredis as they load.
  const tracing = await startTracing(config.tracing, 'analytics');
  const { runService } = await import('../app/run-service');
  await runService(config, 'analytics', {
    afterClose: () => tracing?.shutdown() ?? Promise.resolve(),
  });
}

void bootstrap().catch((error: unknown) => {
  console.error(`analytics service failed to start: ${(error as Error).message}`);
  process.exit(1);
});
