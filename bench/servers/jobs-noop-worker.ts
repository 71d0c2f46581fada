// tenfold's real worker (dist/), consuming one bench queue, `bench-noop`, with a no-op processor
// declared as tenfold's processors are (@nestjs/bullmq's @Processor, autorun off, the `system`
// queue's catalogue settings) and run by tenfold's QueueConsumption (error logging, job metrics)
// on tenfold's BullMQ root connection and prefix. It consumes nothing else: the bench's jobs
// scenario compares it with a raw BullMQ Worker (jobs-raw-bullmq-worker.ts) on the same jobs.
import 'reflect-metadata';

import { BullModule, Processor, WorkerHost } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';

import { runBenchWorker } from '../lib/bench-worker';
import { queueCatalogue } from '../lib/queues';

const QUEUE = process.env.BENCH_NOOP_QUEUE || 'bench-noop';
const { system } = queueCatalogue();
const { concurrency, lockDurationMs } = system;

@Processor(QUEUE, { autorun: false, concurrency, lockDuration: lockDurationMs })
class NoopProcessor extends WorkerHost {
  async process(): Promise<null> {
    return null;
  }
}

@Module({
  imports: [
    BullModule.registerQueue({
      name: QUEUE,
      defaultJobOptions: system.jobDefaults,
    }),
  ],
  providers: [NoopProcessor],
})
class BenchNoopModule {}

runBenchWorker('jobs-noop-worker', (config) => {
  // WORKER_QUEUES may name only the catalogue's queues; this process serves the bench queue alone.
  // (The catalogue's names are its type; the bench queue is not one of them, on purpose.)
  config.worker.queues = [QUEUE as (typeof config.worker.queues)[number]];
  return { extraImports: [BenchNoopModule] };
});
