'use strict';

const fs = require('node:fs');

const { cpuMs, machineCpuMs, treeCpuMs } = require('./process-cpu');

/**
 * Pids of the local stack's Redis (the port of REDIS_URL) and S3 stand-in
 * (scripts/stack/s3-server.js), found by their command lines in /proc: their CPU is the bench's own
 * work in the jobs scenario (queues, objects), not noise. Empty where /proc is not there.
 */
function stackPids(env = process.env) {
  const redisPort = new URL(env.REDIS_URL || 'redis://127.0.0.1:56379').port || '6379';
  const found = [];
  let names;
  try {
    names = fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return found;
  }
  for (const name of names) {
    let command;
    try {
      command = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').replace(/\0/g, ' ');
    } catch {
      continue;
    }
    if (
      (/redis-server/.test(command) && command.includes(`:${redisPort}`)) ||
      /scripts\/stack\/s3-server\.js/.test(command)
    ) {
      found.push(Number(name));
    }
  }
  return found;
}

/**
 * CPU over one measured run: of the named processes (`pids`: name → pid or null), the Postgres
 * server with its backends (postgresPid), Redis and the S3 stand-in (stack), this harness, and the
 * whole machine. Whatever the machine did beyond those was other processes: noise, in % of a core.
 */
function startUsage({ pids, postgresPid, stack }) {
  const sample = () => ({
    own: Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, pid ? cpuMs(pid) : null])),
    postgres: postgresPid ? treeCpuMs(postgresPid) : null,
    stack: stack.map((pid) => cpuMs(pid) ?? 0).reduce((a, b) => a + b, 0),
    harness: process.cpuUsage(),
    machine: machineCpuMs(),
    at: Date.now(),
  });
  const before = sample();
  return {
    stop() {
      const after = sample();
      const seconds = (after.at - before.at) / 1000;
      const pct = (ms) => Math.max(0, ms / seconds / 10);
      const cpu = {};
      for (const key of Object.keys(pids)) {
        const a = after.own[key];
        const b = before.own[key];
        cpu[key] = a === null || b === null ? null : a - b;
      }
      const harness = process.cpuUsage(before.harness);
      const harnessMs = (harness.user + harness.system) / 1000;
      const postgresMs = before.postgres === null ? null : after.postgres - before.postgres;
      const stackMs = after.stack - before.stack;
      let otherCpuPct = null;
      let stealPct = null;
      if (before.machine && after.machine && postgresMs !== null) {
        const ours =
          Object.values(cpu).reduce((t, ms) => t + (ms ?? 0), 0) + harnessMs + postgresMs + stackMs;
        otherCpuPct = pct(after.machine.busy - before.machine.busy - ours);
        stealPct = pct(after.machine.steal - before.machine.steal);
      }
      return { cpuMs: cpu, harnessMs, postgresMs, stackMs, otherCpuPct, stealPct, seconds };
    },
  };
}

module.exports = { stackPids, startUsage };
