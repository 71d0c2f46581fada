import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { Logger } from 'nestjs-pino';

import { createFastifyAdapter } from '../../../src/app/create-fastify-adapter';
import { DependencyGate } from '../../../src/app/dependency-gate';
import { WorkerModule } from '../../../src/app/worker.module';
import type { AppConfig } from '../../../src/infrastructure/config/app-config';
import { OutboxRelay } from '../../../src/infrastructure/events/outbox-relay';
import { QueueConsumption } from '../../../src/infrastructure/queue/queue-consumption.service';
import { RetrySchedule } from '../../../src/modules/webhooks/domain/retry-schedule';

/**
 * The real worker in this test process, as WorkerAppUnderTest starts it, but with a retry schedule
 * of the test's own (milliseconds instead of hours).
 */
export class WebhooksWorker {
  private constructor(readonly app: NestFastifyApplication) {}

  static async start(config: AppConfig, schedule: RetrySchedule): Promise<WebhooksWorker> {
    const moduleRef = await Test.createTestingModule({ imports: [WorkerModule.forRoot(config)] })
      .overrideProvider(RetrySchedule)
      .useValue(schedule)
      .compile();
    const app = moduleRef.createNestApplication<NestFastifyApplication>(
      createFastifyAdapter(config),
      { bufferLogs: true, abortOnError: false },
    );
    app.useLogger(app.get(Logger));
    await app.init();
    await app.get(DependencyGate).waitUntilOpen(() => false);
    await app.get(QueueConsumption).start();
    await app.get(OutboxRelay).start();
    return new WebhooksWorker(app);
  }

  async close(): Promise<void> {
    await this.app.get(OutboxRelay).stop();
    await this.app.get(QueueConsumption).drain(5_000);
    await this.app.close();
  }
}
