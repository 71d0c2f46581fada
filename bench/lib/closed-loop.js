'use strict';

const http = require('node:http');
const { performance } = require('node:perf_hooks');

const { percentileOfSorted } = require('./stats');

/**
 * Closed-loop GET clients: each of `clients` sends its next request when the previous answer has
 * arrived, cycling over `paths`, until stop(). Unlike autocannon it keeps per request the end time
 * (so that a caller can take the requests of a window) and one response header (`tally`), e.g.
 * which server a read went to. Each client has its own keep-alive socket.
 */
function startClosedLoop({ origin, paths, clients, token, tally, timeoutMs = 30_000 }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const results = [];
  let running = true;

  const get = (path) =>
    new Promise((resolve) => {
      const started = performance.now();
      const headers = token ? { authorization: `Bearer ${token}` } : {};
      const req = http.get(origin + path, { agent, headers, timeout: timeoutMs }, (response) => {
        response.resume(); // the body is not needed, only its end
        response.on('end', () =>
          resolve({
            status: response.statusCode,
            ms: performance.now() - started,
            endedAt: performance.now(),
            tallied: tally ? (response.headers[tally] ?? null) : null,
          }),
        );
        response.on('error', (error) =>
          resolve({ status: 0, error: error.message, endedAt: performance.now() }),
        );
      });
      req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
      req.on('error', (error) =>
        resolve({ status: 0, error: error.message, endedAt: performance.now() }),
      );
    });

  const loops = Array.from({ length: clients }, async (_, client) => {
    // Clients start on different workspaces, so that all of them are read at once.
    for (let i = client; running; i++) results.push(await get(paths[i % paths.length]));
  });

  return {
    results,
    /** Stops sending; resolves once every request in flight has been answered. */
    async stop() {
      running = false;
      await Promise.all(loops);
      agent.destroy();
      return results;
    },
  };
}

/**
 * Answers of startClosedLoop() that ended in a measured window of `seconds`: how many were 200 and
 * how many not (with the first failure), 200s per second, their latency percentiles (and the sorted
 * latencies, for a percentile over several windows pooled), and the tallied header's counts.
 */
function summariseAnswers(inWindow, seconds) {
  const ok = inWindow.filter((r) => r.status === 200);
  const sorted = Float64Array.from(ok.map((r) => r.ms)).sort();
  const tallied = {};
  for (const r of ok) {
    if (r.tallied !== null) tallied[r.tallied] = (tallied[r.tallied] ?? 0) + 1;
  }
  const failed = inWindow.filter((r) => r.status !== 200);
  return {
    ok: ok.length,
    failed: failed.length,
    firstFailure: failed[0] ? (failed[0].error ?? `status ${failed[0].status}`) : null,
    perSec: ok.length / seconds,
    p50Ms: percentileOfSorted(sorted, 50),
    p99Ms: percentileOfSorted(sorted, 99),
    maxMs: sorted.length ? sorted[sorted.length - 1] : NaN,
    latenciesMs: Array.from(sorted, (ms) => Math.round(ms * 1000) / 1000),
    tallied,
  };
}

module.exports = { startClosedLoop, summariseAnswers };
