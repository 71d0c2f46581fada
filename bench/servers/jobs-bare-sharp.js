'use strict';

// The baseline of the jobs scenario's thumbnail comparison, one run per process: makes the
// variants of BENCH_SHARP_FILE (a local file, read through a stream) BENCH_SHARP_COUNT times, at
// most BENCH_SHARP_CONCURRENCY at once, with tenfold's own makeVariants() from dist/ (the same
// sharp pipeline as the media worker: decode once, 256×256 cover and ≤ 1280 wide WebP), and
// nothing else: no S3, no database, no queue. Prints one JSON line: { count, ms, cpuMs }.

const fs = require('node:fs');
const { performance } = require('node:perf_hooks');

const { makeVariants } = require('../../dist/src/modules/media/jobs/image-variants');

const file = process.env.BENCH_SHARP_FILE;
const count = Number(process.env.BENCH_SHARP_COUNT);
const concurrency = Number(process.env.BENCH_SHARP_CONCURRENCY || 2);

async function main() {
  // One unmeasured pass: sharp's (libvips') first call loads and initialises what it needs.
  await makeVariants(fs.createReadStream(file));
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let next = 0;
  const lane = async () => {
    while (next < count) {
      next++;
      const variants = await makeVariants(fs.createReadStream(file));
      if (variants.thumbnail.width !== 256) throw new Error('unexpected thumbnail');
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  process.stdout.write(`${JSON.stringify({ count, ms, cpuMs: (cpu.user + cpu.system) / 1000 })}\n`);
}

main().catch((error) => {
  console.error(`jobs-bare-sharp: ${error.message}`);
  process.exit(1);
});
