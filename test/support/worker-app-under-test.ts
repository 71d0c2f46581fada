import type { ModuleMetadata } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

import { createWorkerApp } from '../../src/app/create-worker-app';
import { DependencyGate } from '../../src/app/dependency-gate';
import type { AppConfig } from '../../src/infrastructure/config/app-config';
import { OutboxRelay } from '../../src/infrastructure/events/outbox-relay';
import { QueueConsumption } from '../../src/infrastructure/queue/queue-consumption.service';

/** The real worker application in this test process, consuming its queues as src/worker.ts does. */
export class WorkerAppUnderTest {
  private constructor(readonly app: NestFastifyApplication) {}

  static async start(
    config: AppConfig,
    extraImports: NonNullable<ModuleMetadata['imports']> = [],
  ): Promise<WorkerAppUnderTest> {
    const app = await createWorkerApp(config, extraImports);
    await app.get(DependencyGate).waitUntilOpen(() => false);
    await app.get(QueueConsumption).start();
    await app.get(OutboxRelay).start();
    return new WorkerAppUnderTest(app);
  }

  async close(): Promise<void> {
    await this.app.get(OutboxRelay).stop();
    await this.app.get(QueueConsumption).drain(5_000);
    await this.app.close();
  }
}
