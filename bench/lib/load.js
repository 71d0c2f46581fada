'use strict';

const autocannon = require('autocannon');

const { cpuMs, machineCpuMs } = require('./process-cpu');
const { percentileOfSorted, Samples } = require('./stats');

/**
 * One bounded autocannon run against url (or, with `requests`, autocannon's sequence of requests
 * each connection sends in turn, against url's origin). Latencies are recorded here, per response, as floats:
 * autocannon's own histogram keeps whole milliseconds, too coarse for sub-millisecond answers.
 * serverPid, when given, adds the server's CPU time per request (from /proc).
 */
function runLoad({ url, seconds, connections, serverPid, headers = {}, requests }) {
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
        const machineAfter = machineCpuMs();
        const run = summarise(result, latencies.sorted(), cpuBefore, cpuAfter, loadgenCpuMs);
        resolve({ ...run, ...noise(run, machineBefore, machineAfter) });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
    // autocannon stops by itself after `duration`; this only guards against it hanging.
    const watchdog = setTimeout(() => instance.stop(), (seconds + 15) * 1000);
  });
}

function summarise(result, sorted, cpuBefore, cpuAfter, loadgenCpuMs) {
  const ok = sorted.length;
  const cpuUsedMs = cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : null;
  return {
    durationS: result.duration,
    ok,
    reqPerSec: ok / result.duration,
    p50Ms: percentileOfSorted(sorted, 50),
    p90Ms: percentileOfSorted(sorted, 90),
    p99Ms: percentileOfSorted(sorted, 99),
    maxMs: ok ? sorted[ok - 1] : NaN,
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
function noise(run, before, after) {
  if (!before || !after || run.serverCpuMs === null) return { otherCpuPct: null, stealPct: null };
  const pct = (ms) => Math.max(0, ms / run.durationS / 10);
  return {
    otherCpuPct: pct(after.busy - before.busy - run.serverCpuMs - run.loadgenCpuMs),
    stealPct: pct(after.steal - before.steal),
  };
}

module.exports = { runLoad };
