// The baseline of the jobs scenario's thumbnail comparison, one run per process: makes the
// variants of BENCH_SHARP_FILE (a local file, read through a stream) BENCH_SHARP_COUNT times, at
// most BENCH_SHARP_CONCURRENCY at once, with tenfold's own makeVariants() from dist/ (the same
// sharp pipeline as the media worker: decode once, 256×256 cover and ≤ 1280 wide WebP), and
// nothing else: no S3, no database, no queue. Prints one JSON line: { count, ms, cpuMs }.
import { createReadStream } from 'node:fs';
import { performance } from 'node:perf_hooks';

import { fromBuild } from '../lib/build';

const { makeVariants } = fromBuild<typeof import('../../src/modules/media/jobs/image-variants')>(
  'modules/media/jobs/image-variants',
);

const file = process.env.BENCH_SHARP_FILE ?? '';
const count = Number(process.env.BENCH_SHARP_COUNT);
const concurrency = Number(process.env.BENCH_SHARP_CONCURRENCY || 2);

async function main(): Promise<void> {
  // One unmeasured pass: sharp's (libvips') first call loads and initialises what it needs.
  await makeVariants(createReadStream(file));
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let next = 0;
  const lane = async () => {
    while (next < count) {
      next++;
      const variants = await makeVariants(createReadStream(file));
      if (variants.thumbnail.width !== 256) throw new Error('unexpected thumbnail');
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  process.stdout.write(`${JSON.stringify({ count, ms, cpuMs: (cpu.user + cpu.system) / 1000 })}\n`);
}

main().catch((error: Error) => {
  console.error(`jobs-bare-sharp: ${error.message}`);
  process.exit(1);
});
