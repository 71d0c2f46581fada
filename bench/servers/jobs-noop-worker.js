'use strict';

// tenfold's real worker (dist/), consuming one bench queue, `bench-noop`, with a no-op processor
// declared as tenfold's processors are (@nestjs/bullmq's @Processor, autorun off, the `system`
// queue's catalogue settings) and run by tenfold's QueueConsumption (error logging, job metrics)
// on tenfold's BullMQ root connection and prefix. It consumes nothing else: the bench's jobs
// scenario compares it with a raw BullMQ Worker (jobs-raw-bullmq-worker.js) on the same jobs.
// Plain JS against dist/, so it needs `npm run build`, not a TypeScript toolchain.
require('reflect-metadata');

const { BullModule, Processor, WorkerHost } = require('@nestjs/bullmq');
const { Module } = require('@nestjs/common');

const dist = (file) => require(`../../dist/src/${file}`);
const { runWorker } = dist('app/run-worker');
const { loadConfig } = dist('infrastructure/config/load-config');
const { QUEUE_CATALOGUE } = dist('infrastructure/queue/queue-catalogue');

const QUEUE = process.env.BENCH_NOOP_QUEUE || 'bench-noop';
const { concurrency, lockDurationMs } = QUEUE_CATALOGUE.system;

class NoopProcessor extends WorkerHost {
  async process() {
    return null;
  }
}
Processor(QUEUE, { autorun: false, concurrency, lockDuration: lockDurationMs })(NoopProcessor);

class BenchNoopModule {}
Module({
  imports: [
    BullModule.registerQueue({
      name: QUEUE,
      defaultJobOptions: QUEUE_CATALOGUE.system.jobDefaults,
    }),
  ],
  providers: [NoopProcessor],
})(BenchNoopModule);

async function bootstrap() {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  // WORKER_QUEUES may name only the catalogue's queues; this process serves the bench queue alone.
  config.worker.queues = [QUEUE];
  await runWorker(config, { extraImports: [BenchNoopModule] });
}

bootstrap().catch((error) => {
  console.error(`jobs-noop-worker failed to start: ${error.message}`);
  process.exit(1);
});
