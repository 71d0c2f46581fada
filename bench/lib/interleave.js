'use strict';

const { setTimeout: sleep } = require('node:timers/promises');

/**
 * Rounds of one comparison ({ title, variants, describe(run) }), the order reversed every other
 * round (A B | B A …), so that no variant always runs right after the other; before round 1, when
 * BENCH_WARMUP_SECONDS > 0, warm(bench, comparison). Each run is
 * { variant, ...(await runOne(bench, variant, round)) }, logged with describe(run).
 */
async function interleave(bench, comparison, runOne, { warm, pauseMs = 0, labelWidth = 36 } = {}) {
  const { rounds } = bench.settings;
  bench.log(`— ${comparison.title}`);
  if (warm && bench.settings.warmupSeconds > 0) await warm(bench, comparison);
  const results = [];
  for (let round = 1; round <= rounds; round++) {
    const order = round % 2 ? comparison.variants : [...comparison.variants].reverse();
    const runs = [];
    for (const variant of order) {
      const run = { variant: variant.id, ...(await runOne(bench, variant, round)) };
      runs.push(run);
      bench.log(
        `round ${round}/${rounds}  ${variant.label.padEnd(labelWidth)} ${comparison.describe(run)}`,
      );
      if (pauseMs > 0) await sleep(pauseMs);
    }
    results.push({ round, order: order.map((v) => v.id), runs });
  }
  return results;
}

module.exports = { interleave };
