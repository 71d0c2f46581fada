import 'reflect-metadata';

import { Logger } from 'nestjs-pino';

import { createWorkerApp } from './app/create-worker-app';
import { DependencyGate } from './app/dependency-gate';
import { shutDownGracefully } from './app/graceful-shutdown';
import { loadConfigOrExit } from './app/load-config-or-exit';
import { OutboxRelay } from './infrastructure/events/outbox-relay';
import { ShutdownState } from './infrastructure/observability/health/shutdown-state';
import { QueueConsumption } from './infrastructure/queue/queue-consumption.service';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await createWorkerApp(config);
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
      // The relay first: its batch in flight may still enqueue jobs that the drain then runs.
      await relay.stop();
      await consumption.drain(config.shutdownGraceMs);
    },
  });
  await app.listen({ host: config.http.host, port: config.worker.httpPort });
  logger.log(`worker health and metrics on ${await app.getUrl()}`, 'Bootstrap');
  if (await app.get(DependencyGate).waitUntilOpen(() => shutdown.isDraining)) {
    await consumption.start();
    await relay.start();
  }
}

void bootstrap().catch((error: unknown) => {
  console.error(`worker failed to start: ${(error as Error).message}`);
  process.exit(1);
});
