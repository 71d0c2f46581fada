import { Agent, get } from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

import autocannon from 'autocannon';

import { cpuMs, machineCpuMs, type MachineCpu } from './cpu';
import {
  lastOf,
  percentileOfSorted,
  roundedMs,
  Samples,
  sortedSamples,
  type Counts,
} from './stats';

export interface LoadRun {
  durationS: number;
  ok: number;
  reqPerSec: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  serverCpuMs: number | null;
  serverCpuUsPerReq: number | null;
  loadgenCpuMs: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  resets: number;
  otherCpuPct: number | null;
  stealPct: number | null;
}

export interface LoadOptions {
  url: string;
  seconds: number;
  connections: number;
  serverPid?: number;
  headers?: Record<string, string>;
  /** A fresh sequence of autocannon requests each connection sends in turn, per run. */
  requests?: () => autocannon.Request[];
}

/**
 * One bounded autocannon run against url (or, with `requests`, autocannon's sequence of requests
 * each connection sends in turn, against url's origin). Latencies are recorded here, per response,
 * as floats: autocannon's own histogram keeps whole milliseconds, too coarse for sub-millisecond
 * answers. serverPid, when given, adds the server's CPU time per request (from /proc).
 */
export function runLoad({
  url,
  seconds,
  connections,
  serverPid,
  headers = {},
  requests,
}: LoadOptions): Promise<LoadRun> {
  const latencies = new Samples();
  const cpuBefore = serverPid ? cpuMs(serverPid) : null;
  const loadgenBefore = process.cpuUsage();
  const machineBefore = machineCpuMs();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        headers,
        connections,
        pipelining: 1,
        duration: seconds,
        timeout: 10,
        ...(requests ? { requests: requests() } : {}),
      },
      (error, result) => {
        clearTimeout(watchdog);
        if (error) return reject(error);
        const cpuAfter = serverPid ? cpuMs(serverPid) : null;
        const loadgen = process.cpuUsage(loadgenBefore);
        const loadgenCpuMs = (loadgen.user + loadgen.system) / 1000;
        const run = figures(result, latencies.sorted(), cpuBefore, cpuAfter, loadgenCpuMs);
        resolve({ ...run, ...noise(run, machineBefore, machineCpuMs()) });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
    // autocannon stops by itself after `duration`; this only guards against it hanging.
    const watchdog = setTimeout(() => instance.stop(), (seconds + 15) * 1000);
  });
}

function figures(
  result: autocannon.Result,
  sorted: Float64Array,
  cpuBefore: number | null,
  cpuAfter: number | null,
  loadgenCpuMs: number,
): Omit<LoadRun, 'otherCpuPct' | 'stealPct'> {
  const ok = sorted.length;
  const cpuUsedMs = cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : null;
  return {
    durationS: result.duration,
    ok,
    reqPerSec: ok / result.duration,
    p50Ms: percentileOfSorted(sorted, 50),
    p90Ms: percentileOfSorted(sorted, 90),
    p99Ms: percentileOfSorted(sorted, 99),
    maxMs: lastOf(sorted),
    serverCpuMs: cpuUsedMs,
    serverCpuUsPerReq: cpuUsedMs !== null && ok ? (cpuUsedMs * 1000) / ok : null,
    // The harness's own CPU (autocannon): near 1 s per second means the load generator, not the
    // server, was the limit.
    loadgenCpuMs,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    resets: result.resets,
  };
}

/**
 * How busy the rest of the machine was during the run, in % of one core: other processes (machine
 * busy time less this server and the load generator) and hypervisor steal.
 */
function noise(
  run: Omit<LoadRun, 'otherCpuPct' | 'stealPct'>,
  before: MachineCpu | null,
  after: MachineCpu | null,
): Pick<LoadRun, 'otherCpuPct' | 'stealPct'> {
  if (!before || !after || run.serverCpuMs === null) return { otherCpuPct: null, stealPct: null };
  const pct = (ms: number) => Math.max(0, ms / run.durationS / 10);
  return {
    otherCpuPct: pct(after.busy - before.busy - run.serverCpuMs - run.loadgenCpuMs),
    stealPct: pct(after.steal - before.steal),
  };
}

/** What one call of an open loop came to. */
export interface Sent {
  i: number;
  ok: boolean;
  ms?: number;
  status?: number;
  error?: string;
  stale?: boolean;
}

export interface OpenLoopResult {
  results: Sent[];
  seconds: number;
  lateMs: number;
}

/**
 * Open-loop load: calls send(i) for i = 0 … count-1 at a steady `rate` per second, on schedule,
 * whether or not earlier calls have answered (a closed loop would slow down with the server and so
 * hide its slowness). Each send(i) resolves { ok, ms } (or rejects: an error). Resolves once every
 * call has settled, with how far behind schedule the harness itself sent (lateMs: its own timer
 * slack, not the server's doing).
 */
export async function runOpenLoop({
  rate,
  count,
  send,
}: {
  rate: number;
  count: number;
  send: (i: number) => Promise<Omit<Sent, 'i'>>;
}): Promise<OpenLoopResult> {
  const intervalMs = 1000 / rate;
  const started = performance.now();
  const pending: Promise<Sent>[] = [];
  let lateMs = 0;
  for (let i = 0; i < count; i++) {
    const due = started + i * intervalMs;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    lateMs = Math.max(lateMs, performance.now() - due);
    pending.push(
      send(i).then(
        (result) => ({ i, ...result }),
        (error: Error) => ({ i, ok: false, error: error.message }),
      ),
    );
  }
  const sentFor = (performance.now() - started) / 1000;
  const results = await Promise.all(pending);
  return { results, seconds: sentFor, lateMs };
}

/** An open loop's answers: counts, the first failure, rate and latency percentiles. */
export interface SendsSummary {
  sent: number;
  ok: number;
  failed: number;
  firstFailure: string | null;
  seconds: number;
  reqPerSec: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** The latencies of an open loop's successful calls, sorted. */
export function okLatencies(load: OpenLoopResult): Float64Array {
  return sortedSamples(load.results.filter((r) => r.ok).map((r) => r.ms ?? NaN));
}

/** An open loop's answers summarised. */
export function summariseSends(load: OpenLoopResult): SendsSummary {
  const sorted = okLatencies(load);
  const failed = load.results.filter((r) => !r.ok);
  return {
    sent: load.results.length,
    ok: sorted.length,
    failed: failed.length,
    firstFailure: failed[0] ? (failed[0].error ?? `status ${failed[0].status}`) : null,
    seconds: load.seconds,
    reqPerSec: sorted.length / load.seconds,
    p50Ms: percentileOfSorted(sorted, 50),
    p90Ms: percentileOfSorted(sorted, 90),
    p99Ms: percentileOfSorted(sorted, 99),
    maxMs: lastOf(sorted),
  };
}

/** The client-side figures of one open-loop run, as the comparisons of a scenario record them. */
export type RequestFigures = Omit<SendsSummary, 'seconds' | 'p90Ms'> & { lateMs: number };

export function requestFigures(load: OpenLoopResult): RequestFigures {
  const { sent, ok, failed, firstFailure, reqPerSec, p50Ms, p99Ms, maxMs } = summariseSends(load);
  return { sent, ok, failed, firstFailure, reqPerSec, p50Ms, p99Ms, maxMs, lateMs: load.lateMs };
}

/** One answer of a closed loop. */
export interface ClosedLoopAnswer {
  /** Which of the paths it asked for. */
  pathIndex: number;
  /** 0 when no answer came (error). */
  status: number;
  error?: string;
  ms: number;
  endedAt: number;
  tallied: string | null;
}

export interface ClosedLoopOptions {
  origin: string;
  paths: string[];
  clients: number;
  token?: string;
  /** A response header counted per answer (e.g. which server a read went to). */
  tally?: string;
  timeoutMs?: number;
}

/**
 * Closed-loop GET clients: each of `clients` sends its next request when the previous answer has
 * arrived, cycling over `paths` from its own starting point, until stop(). Unlike autocannon it
 * keeps per request the end time (so that a caller can take the requests of a window) and one
 * response header (`tally`). Each client has its own keep-alive socket.
 */
export function startClosedLoop({
  origin,
  paths,
  clients,
  token,
  tally,
  timeoutMs = 30_000,
}: ClosedLoopOptions): { results: ClosedLoopAnswer[]; stop(): Promise<ClosedLoopAnswer[]> } {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const results: ClosedLoopAnswer[] = [];
  let running = true;
  const headers = token ? { authorization: `Bearer ${token}` } : {};

  const ask = (pathIndex: number) =>
    new Promise<ClosedLoopAnswer>((resolve) => {
      const started = performance.now();
      const failed = (error: Error) =>
        resolve({
          pathIndex,
          status: 0,
          error: error.message,
          ms: NaN,
          endedAt: performance.now(),
          tallied: null,
        });
      const url = origin + paths[pathIndex];
      const req = get(url, { agent, headers, timeout: timeoutMs }, (response) => {
        response.resume(); // the body is not needed, only its end
        response.on('end', () => {
          const header = tally ? response.headers[tally] : undefined;
          resolve({
            pathIndex,
            status: response.statusCode ?? 0,
            ms: performance.now() - started,
            endedAt: performance.now(),
            tallied: header === undefined ? null : String(header),
          });
        });
        response.on('error', failed);
      });
      req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
      req.on('error', failed);
    });

  const loops = Array.from({ length: clients }, async (_, client) => {
    // Clients start at different paths, so that all of them are asked at once.
    for (let i = client; running; i++) results.push(await ask(i % paths.length));
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

/** The answers of a closed loop over `seconds`, when its sends stop then (in flight ones count). */
export async function closedLoopFor(
  seconds: number,
  options: ClosedLoopOptions,
): Promise<ClosedLoopAnswer[]> {
  const loop = startClosedLoop(options);
  await sleep(seconds * 1000);
  return loop.stop();
}

export interface AnswersSummary {
  ok: number;
  failed: number;
  firstFailure: string | null;
  perSec: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  latenciesMs: number[];
  tallied: Counts;
}

/**
 * Closed-loop answers that ended in a measured window of `seconds`: how many were 200 and how many
 * not (with the first failure), 200s per second, their latency percentiles (and the sorted
 * latencies, for a percentile over several windows pooled), and the tallied header's counts.
 */
export function summariseAnswers(inWindow: ClosedLoopAnswer[], seconds: number): AnswersSummary {
  const ok = inWindow.filter((r) => r.status === 200);
  const sorted = sortedSamples(ok.map((r) => r.ms));
  const tallied: Counts = {};
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
    maxMs: lastOf(sorted),
    latenciesMs: roundedMs(sorted),
    tallied,
  };
}
