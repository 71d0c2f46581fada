import { setTimeout as sleep } from 'node:timers/promises';

import { getQueueToken } from '@nestjs/bullmq';
import { type Job, type Queue, UnrecoverableError, Worker } from 'bullmq';
import Redis from 'ioredis';

import type { WorkspaceRole } from '../../../src/common/auth/workspace-role';
import type { AppConfig } from '../../../src/infrastructure/config/app-config';
import { newJobId, type WorkspaceJobData } from '../../../src/infrastructure/queue/job-reference';
import { redisConnectionOptions } from '../../../src/infrastructure/redis/redis-connection-options';
import type { WebAppUnderTest } from '../../support/web-app-under-test';

/** What the test processor does, chosen by the job's name. */
export type TestJobName =
  'steps' | 'always-fails' | 'unrecoverable' | 'fails-until-flag' | 'fails-saying';

/** Without `visibleFrom`, a test job is one enqueued before the field existed (LEGACY_JOB_ROLE). */
export interface TestJobData extends Omit<WorkspaceJobData, 'visibleFrom'> {
  visibleFrom?: WorkspaceRole;
  /** steps: pause after each 10 % of progress. */
  stepMs?: number;
  /** fails-saying: the error message (e.g. one naming a server, as a driver error would). */
  message?: string;
}

/**
 * Jobs on the `system` queue of this test file's own Redis prefix, run by a BullMQ worker in this
 * process (no worker app: nothing else consumes the queue). The processor is tiny and scripted.
 */
export class JobsWorld {
  readonly queue: Queue<TestJobData>;
  readonly redis: Redis;
  private worker?: Worker<TestJobData>;

  constructor(
    private readonly web: WebAppUnderTest,
    private readonly config: AppConfig,
  ) {
    this.queue = web.app.get<Queue<TestJobData>>(getQueueToken('system'));
    this.redis = new Redis(redisConnectionOptions(config, 'jobs-test'));
  }

  startWorker(): void {
    this.worker = new Worker<TestJobData>('system', (job) => this.process(job), {
      connection: redisConnectionOptions(this.config, 'jobs-test-worker'),
      prefix: `${this.config.redis.keyPrefix}:bull`,
      concurrency: 5,
    });
  }

  async enqueue(
    name: TestJobName,
    data: TestJobData,
    options: { attempts?: number } = {},
  ): Promise<string> {
    const id = newJobId('system');
    await this.queue.add(name, data, { jobId: id, ...options });
    return id;
  }

  flagKey(id: string): string {
    return `${this.config.redis.keyPrefix}:test:succeed:${id}`;
  }

  async close(): Promise<void> {
    await this.worker?.close(true); // force: a long test job must not hold the file up
    this.redis.disconnect();
  }

  private async process(job: Job<TestJobData>): Promise<unknown> {
    switch (job.name as TestJobName) {
      case 'steps':
        for (let progress = 10; progress <= 100; progress += 10) {
          await sleep(job.data.stepMs ?? 20, undefined, { ref: false });
          await job.updateProgress(progress);
        }
        return { reportUrl: `/v1/workspaces/${job.data.workspaceId}/reports/r-1` };
      case 'always-fails':
        throw new Error('the printer is on fire');
      case 'unrecoverable':
        throw new UnrecoverableError('the input is unreadable');
      case 'fails-saying':
        throw new UnrecoverableError(job.data.message ?? 'no message');
      case 'fails-until-flag':
        if ((await this.redis.get(this.flagKey(job.id ?? ''))) !== 'yes')
          throw new Error('not yet');
        return { ok: true };
    }
    throw new Error(`no such test job: ${job.name}`);
  }
}
