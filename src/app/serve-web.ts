import { setTimeout as sleep } from 'node:timers/promises';

import { Logger } from 'nestjs-pino';

import type { AppConfig } from '../infrastructure/config/app-config';
import { ShutdownState } from '../infrastructure/observability/health/shutdown-state';
import { createWebApp } from './create-web-app';
import { shutDownGracefully } from './graceful-shutdown';

export interface ServeWebOptions {
  /** Runs after a graceful close (main.ts flushes the trace exporter). */
  afterClose?: () => Promise<void>;
}

/**
 * The web process's life (main.ts): listen; on SIGTERM fail readiness first, keep serving for the
 * drain delay, then close. Separate from main.ts so that tracing starts before this is required.
 */
export async function serveWeb(config: AppConfig, options: ServeWebOptions = {}): Promise<void> {
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
    afterClose: options.afterClose,
  });
  await app.listen({ host: config.http.host, port: config.http.port });
  logger.log(
    `web listening on ${await app.getUrl()} (API /v1, docs /docs; Node ${process.version})`,
    'Bootstrap',
  );
}
