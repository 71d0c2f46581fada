import { setTimeout as sleep } from 'node:timers/promises';

import { startUsage } from '../../lib/cpu';
import { closedLoopFor, type ClosedLoopAnswer } from '../../lib/load';
import { finite, median, percentileOfSorted, sortedSamples } from '../../lib/stats';
import type { JobsBench } from './run';

interface Route {
  name: string;
  path: string;
}

interface RouteRun {
  name: string;
  requests: number;
  failed: number;
  p50Ms: number;
  p99Ms: number;
  /** Dropped from the raw record once summarised (they are large). */
  latencies?: number[];
}

interface RoutesRun {
  round: number;
  reqPerSec: number;
  failed: number;
  firstFailure: string | number | null;
  perRoute: RouteRun[];
  slowest: { name: string; p99Ms: number };
  webCpuUsPerReq: number | null;
  otherCpuPct: number | null;
  stealPct: number | null;
}

export interface RouteLoad {
  clients: number;
  targetP99Ms: number;
  routes: Route[];
  runs: RoutesRun[];
}

/** The GET routes of part 4, with the ids of the bench's workspace, project, task, attachment, job. */
function routesOf(bench: JobsBench): Route[] {
  const w = `/v1/workspaces/${bench.workspaceId}`;
  const { taskId, attachmentId, jobId } = bench.sample ?? {
    taskId: '',
    attachmentId: '',
    jobId: '',
  };
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
export async function runRouteLoad(
  bench: JobsBench,
  { clients, targetP99Ms }: { clients: number; targetP99Ms: number },
): Promise<RouteLoad> {
  const routes = routesOf(bench);
  for (const route of routes) {
    const answer = await bench.api.request('GET', route.path, { token: bench.token });
    if (answer.status !== 200) {
      throw new Error(`GET ${route.path} (${route.name}) answered ${answer.status}, expected 200`);
    }
  }
  const load = (seconds: number) =>
    closedLoopFor(seconds, {
      origin: bench.web.origin,
      paths: routes.map((r) => r.path),
      clients,
      token: bench.token,
    });
  const { rounds, seconds, warmupSeconds } = bench.settings;
  if (warmupSeconds > 0) await load(warmupSeconds);
  const runs: RoutesRun[] = [];
  for (let round = 1; round <= rounds; round++) {
    const usage = startUsage({
      pids: { web: bench.web.pid },
      postgresPid: bench.postgresPid,
      stack: bench.stack,
    });
    const results = await load(seconds);
    const cpu = usage.stop();
    const run = summariseRun(routes, results, seconds);
    const ok = results.filter(isOk).length;
    const webMs = cpu.cpuMs.web;
    runs.push({
      round,
      ...run,
      webCpuUsPerReq: webMs === null || ok === 0 ? null : (webMs * 1000) / ok,
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

const isOk = (r: ClosedLoopAnswer) => r.status >= 200 && r.status < 300;

function summariseRun(routes: Route[], results: ClosedLoopAnswer[], seconds: number) {
  const perRoute = routes.map((route, index): RouteRun => {
    const mine = results.filter((r) => r.pathIndex === index);
    const ok = sortedSamples(mine.filter(isOk).map((r) => r.ms));
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
  const firstFailure = results.find((r) => !isOk(r));
  return {
    reqPerSec: results.filter(isOk).length / seconds,
    failed: results.filter((r) => !isOk(r)).length,
    firstFailure: firstFailure ? (firstFailure.error ?? firstFailure.status) : null,
    perRoute,
    slowest: { name: slowest.name, p99Ms: slowest.p99Ms },
  };
}

export interface RoutesSummary {
  clients: number;
  targetP99Ms: number;
  reqPerSec: number;
  webCpuUsPerReq: number;
  routes: {
    name: string;
    path: string;
    requests: number;
    failed: number;
    p50Ms: number;
    p99Ms: number;
    runP99Ms: { median: number; min: number; max: number };
  }[];
  slowest: string;
  overTarget: string[];
}

/** Per route over all runs: pooled p50/p99, median (min–max) of the runs' p99, failures. */
export function summariseRoutes(load: RouteLoad): RoutesSummary {
  const routes = load.routes.map((route, index) => {
    const of = load.runs.map((run) => run.perRoute[index]);
    const pooled = sortedSamples(of.flatMap((r) => r.latencies ?? []));
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
    webCpuUsPerReq: median(finite(load.runs.map((r) => r.webCpuUsPerReq))),
    routes,
    slowest: slowest.name,
    overTarget: routes.filter((r) => r.p99Ms >= load.targetP99Ms).map((r) => r.name),
  };
}

/** Drops the per-request latencies from the raw record once summarised (they are large). */
export function compactRuns(load: RouteLoad): void {
  for (const run of load.runs) for (const route of run.perRoute) delete route.latencies;
}
