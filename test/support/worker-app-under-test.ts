import type { NestFastifyApplication } from '@nestjs/platform-fastify';

import { createWorkerApp } from '../../src/app/create-worker-app';
import { DependencyGate } from '../../src/app/dependency-gate';
import type { AppConfig } from '../../src/infrastructure/config/app-config';
import { QueueConsumption } from '../../src/infrastructure/queue/queue-consumption.service';

/** The real worker application in this test process, consuming its queues as src/worker.ts does. */
export class WorkerAppUnderTest {
  private constructor(readonly app: NestFastifyApplication) {}

  static async start(config: AppConfig): Promise<WorkerAppUnderTest> {
    const app = await createWorkerApp(config);
    await app.get(DependencyGate).waitUntilOpen(() => false);
    await app.get(QueueConsumption).start();
    return new WorkerAppUnderTest(app);
  }

  async close(): Promise<void> {
    await this.app.get(QueueConsumption).drain(5_000);
    await this.app.close();
  }
}
