// The baseline of the jobs scenario's no-op comparison: a bare BullMQ Worker with a no-op
// processor, no Nest, on the same Redis (REDIS_URL), prefix (`<REDIS_KEY_PREFIX>:bull`),
// concurrency and lock duration as the tenfold variant (jobs-noop-worker.ts), on its own queue.
// GET /health/ready answers 200 once the worker is connected, on HTTP_PORT.
import { createServer } from 'node:http';

import { Worker } from 'bullmq';

import { BULL_PREFIX, redisForQueues } from '../lib/queues';

const QUEUE = process.env.BENCH_NOOP_QUEUE || 'bench-noop-raw';
const CONCURRENCY = Number(process.env.BENCH_NOOP_CONCURRENCY || 5);
const LOCK_MS = Number(process.env.BENCH_NOOP_LOCK_MS || 30_000);

const connection = redisForQueues();
const worker = new Worker(QUEUE, async () => null, {
  connection,
  prefix: BULL_PREFIX,
  concurrency: CONCURRENCY,
  lockDuration: LOCK_MS,
});
worker.on('error', (error) => console.error(`raw worker: ${error.message}`));

let ready = false;
worker.waitUntilReady().then(
  () => (ready = true),
  (error: Error) => {
    console.error(`raw worker could not connect: ${error.message}`);
    process.exit(1);
  },
);

const server = createServer((request, response) => {
  const ok = request.url === '/health/ready' ? ready : request.url === '/health/live';
  response.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ status: ok ? 'ok' : 'starting' }));
});
server.listen(Number(process.env.HTTP_PORT), '127.0.0.1');

process.on('SIGTERM', async () => {
  server.close();
  await worker.close();
  await connection.quit();
  process.exit(0);
});
