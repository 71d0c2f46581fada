import 'reflect-metadata';

import { setTimeout as sleep } from 'node:timers/promises';

import { Logger } from 'nestjs-pino';

import { createWebApp } from './app/create-web-app';
import { shutDownGracefully } from './app/graceful-shutdown';
import { loadConfigOrExit } from './app/load-config-or-exit';
import { ShutdownState } from './infrastructure/observability/health/shutdown-state';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await createWebApp(config);
  const logger = app.get(Logger);
  shutDownGracefully({
    app,
    graceMs: config.shutdownGraceMs,
    logger,
    beforeClose: async () => {
      app.get(ShutdownState).beginDraining();
      // Readiness now fails; keep serving until the balancer's health check has seen it.
      await sleep(config.shutdownDrainDelayMs);
    },
  });
  await app.listen({ host: config.http.host, port: config.http.port });
  logger.log(
    `web listening on ${await app.getUrl()} (API /v1, docs /docs; Node ${process.version})`,
    'Bootstrap',
  );
}

void bootstrap().catch((error: unknown) => {
  console.error(`web failed to start: ${(error as Error).message}`);
  process.exit(1);
});
