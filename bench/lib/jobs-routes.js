'use strict';

const http = require('node:http');
const { performance } = require('node:perf_hooks');
const { setTimeout: sleep } = require('node:timers/promises');

const { startUsage } = require('./jobs-usage');
const { median, percentileOfSorted } = require('./stats');

/** The GET routes of part 4, with the ids of the bench's workspace, project, task, attachment, job. */
function routesOf(bench) {
  const w = `/v1/workspaces/${bench.workspaceId}`;
  const { taskId, attachmentId, jobId } = bench.sample;
  return [
    ['workspaces', '/v1/workspaces'],
    ['members', `${w}/members`],
    ['projects list', `${w}/projects`],
    ['project', `${w}/projects/${bench.projectId}`],
    ['tasks list', `${w}/projects/${bench.projectId}/tasks`],
    ['task', `${w}/tasks/${taskId}`],
    ['attachments list', `${w}/tasks/${taskId}/attachments`],
    ['attachment', `${w}/tasks/${taskId}/attachments/${attachmentId}`],
    ['job status', `/v1/jobs/${jobId}`],
    ['analytics activity', `${w}/analytics/activity?days=30`],
    ['analytics reports', `${w}/analytics/reports?days=30`],
    ['billing quote', '/v1/billing/quote?plan=team&currency=EUR'],
    ['webhook endpoints', `${w}/webhooks/endpoints`],
  ].map(([name, path]) => ({ name, path }));
}

/**
 * Part 4: `clients` closed-loop clients (each sends its next request when the answer has arrived,
 * on its own keep-alive socket), each cycling over every route from its own starting point, so that
 * all routes are in flight at once. A warm-up of BENCH_WARMUP_SECONDS, then BENCH_ROUNDS runs of
 * BENCH_SECONDS with half a second between them. Per route: p50/p99 over all runs, the median of
 * the runs' p99, non-2xx answers.
 */
async function runRouteLoad(bench, { clients, targetP99Ms }) {
  const routes = routesOf(bench);
  for (const route of routes) {
    const answer = await bench.api.request('GET', route.path, { token: bench.token });
    if (answer.status !== 200) {
      throw new Error(`GET ${route.path} (${route.name}) answered ${answer.status}, expected 200`);
    }
  }
  const { rounds, seconds, warmupSeconds } = bench.settings;
  if (warmupSeconds > 0) await closedLoop(bench, routes, clients, warmupSeconds);
  const runs = [];
  for (let round = 1; round <= rounds; round++) {
    const usage = startUsage({
      pids: { web: bench.web.pid },
      postgresPid: bench.postgresPid,
      stack: bench.stack,
    });
    const results = await closedLoop(bench, routes, clients, seconds);
    const cpu = usage.stop();
    const run = summariseRun(routes, results, seconds);
    const ok = results.filter((r) => r.ok).length;
    runs.push({
      round,
      ...run,
      webCpuUsPerReq: cpu.cpuMs.web === null || ok === 0 ? null : (cpu.cpuMs.web * 1000) / ok,
      otherCpuPct: cpu.otherCpuPct,
      stealPct: cpu.stealPct,
    });
    bench.log(
      `round ${round}/${rounds}  ${clients} clients  ${run.reqPerSec.toFixed(0)} req/s  ` +
        `slowest p99 ${run.slowest.name} ${run.slowest.p99Ms.toFixed(1)} ms` +
        (run.failed ? `  (${run.failed} non-2xx or errors)` : ''),
    );
    await sleep(500);
  }
  return { clients, targetP99Ms, routes, runs };
}

function summariseRun(routes, results, seconds) {
  const perRoute = routes.map((route, index) => {
    const mine = results.filter((r) => r.route === index);
    const ok = Float64Array.from(mine.filter((r) => r.ok).map((r) => r.ms)).sort();
    return {
      name: route.name,
      requests: mine.length,
      failed: mine.length - ok.length,
      p50Ms: percentileOfSorted(ok, 50),
      p99Ms: percentileOfSorted(ok, 99),
      latencies: Array.from(ok),
    };
  });
  const slowest = perRoute.reduce((a, b) => (b.p99Ms > a.p99Ms ? b : a));
  return {
    reqPerSec: results.filter((r) => r.ok).length / seconds,
    failed: results.filter((r) => !r.ok).length,
    firstFailure: results.find((r) => !r.ok)?.status ?? null,
    perRoute,
    slowest: { name: slowest.name, p99Ms: slowest.p99Ms },
  };
}

/** Per route over all runs: pooled p50/p99, median (min–max) of the runs' p99, failures. */
function summariseRoutes(load) {
  const routes = load.routes.map((route, index) => {
    const of = load.runs.map((run) => run.perRoute[index]);
    const pooled = Float64Array.from(of.flatMap((r) => r.latencies)).sort();
    const p99s = of.map((r) => r.p99Ms).filter(Number.isFinite);
    return {
      name: route.name,
      path: route.path,
      requests: of.reduce((t, r) => t + r.requests, 0),
      failed: of.reduce((t, r) => t + r.failed, 0),
      p50Ms: percentileOfSorted(pooled, 50),
      p99Ms: percentileOfSorted(pooled, 99),
      runP99Ms: { median: median(p99s), min: Math.min(...p99s), max: Math.max(...p99s) },
    };
  });
  const slowest = routes.reduce((a, b) => (b.p99Ms > a.p99Ms ? b : a));
  return {
    clients: load.clients,
    targetP99Ms: load.targetP99Ms,
    reqPerSec: median(load.runs.map((r) => r.reqPerSec)),
    webCpuUsPerReq: median(load.runs.map((r) => r.webCpuUsPerReq).filter(Number.isFinite)),
    routes,
    slowest: slowest.name,
    overTarget: routes.filter((r) => r.p99Ms >= load.targetP99Ms).map((r) => r.name),
  };
}

/** Drops the per-request latencies from the raw record once summarised (they are large). */
function compactRuns(load) {
  for (const run of load.runs) for (const route of run.perRoute) delete route.latencies;
}

function closedLoop(bench, routes, clients, seconds) {
  const { origin } = bench.web;
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const headers = { authorization: `Bearer ${bench.token}` };
  const results = [];
  const until = performance.now() + seconds * 1000;
  const get = (route) =>
    new Promise((resolve) => {
      const started = performance.now();
      const req = http.get(origin + routes[route].path, { agent, headers, timeout: 30_000 });
      req.on('response', (response) => {
        response.resume();
        response.on('end', () => {
          const ms = performance.now() - started;
          const ok = response.statusCode >= 200 && response.statusCode < 300;
          resolve({ route, ok, status: response.statusCode, ms });
        });
      });
      req.on('timeout', () => req.destroy(new Error('no answer within 30 s')));
      req.on('error', (error) => resolve({ route, ok: false, status: error.message, ms: NaN }));
    });
  const loops = Array.from({ length: clients }, async (_, client) => {
    for (let i = client; performance.now() < until; i++) {
      const result = await get(i % routes.length);
      results.push(result); // the answers of requests sent before the end count, however late
    }
  });
  return Promise.all(loops).then(() => {
    agent.destroy();
    return results;
  });
}

module.exports = { runRouteLoad, summariseRoutes, compactRuns };
