'use strict';

const { performance } = require('node:perf_hooks');
const { setTimeout: sleep } = require('node:timers/promises');

/**
 * Open-loop load: calls send(i) for i = 0 … count-1 at a steady `rate` per second, on schedule,
 * whether or not earlier calls have answered (a closed loop would slow down with the server and so
 * hide its slowness). Each send(i) resolves { ok, ms } (or rejects: an error). Resolves once every
 * call has settled: { results: [{ i, ok, ms } | { i, error }], seconds, lateMs }, lateMs being how
 * far behind schedule the harness itself sent (its own timer slack, not the server's doing).
 */
async function runOpenLoop({ rate, count, send }) {
  const intervalMs = 1000 / rate;
  const started = performance.now();
  const pending = [];
  let lateMs = 0;
  for (let i = 0; i < count; i++) {
    const due = started + i * intervalMs;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    lateMs = Math.max(lateMs, performance.now() - due);
    pending.push(
      send(i).then(
        (result) => ({ i, ...result }),
        (error) => ({ i, ok: false, error: error.message }),
      ),
    );
  }
  const sentFor = (performance.now() - started) / 1000;
  const results = await Promise.all(pending);
  return { results, seconds: sentFor, lateMs };
}

module.exports = { runOpenLoop };
