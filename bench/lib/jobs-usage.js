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
  return pidsByCommand(
    (command) =>
      (/redis-server/.test(command) && command.includes(`:${redisPort}`)) ||
      /scripts\/stack\/s3-server\.js/.test(command),
  );
}

/** Pids of the processes whose command line (arguments joined by spaces) passes `test`. */
function pidsByCommand(test) {
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
    if (test(command)) found.push(Number(name));
  }
  return found;
}

/**
 * CPU over one measured run: of the named processes (`pids`: name → pid or null), the Postgres
 * server with its backends (postgresPid), Redis and the S3 stand-in (stack), the named process
 * trees (`trees`: name → root pids, e.g. the replicas' postmasters), this harness, and the whole
 * machine. Whatever the machine did beyond those was other processes: noise, in % of a core.
 */
function startUsage({ pids, postgresPid, stack, trees = {} }) {
  const sample = () => ({
    own: Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, pid ? cpuMs(pid) : null])),
    postgres: postgresPid ? treeCpuMs(postgresPid) : null,
    stack: stack.map((pid) => cpuMs(pid) ?? 0).reduce((a, b) => a + b, 0),
    trees: Object.fromEntries(
      Object.entries(trees).map(([k, roots]) => [
        k,
        roots.reduce((total, pid) => total + (treeCpuMs(pid) ?? 0), 0),
      ]),
    ),
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
      const treesMs = Object.fromEntries(
        Object.keys(trees).map((k) => [k, after.trees[k] - before.trees[k]]),
      );
      let otherCpuPct = null;
      let stealPct = null;
      if (before.machine && after.machine && postgresMs !== null) {
        const ours =
          Object.values(cpu).reduce((t, ms) => t + (ms ?? 0), 0) +
          Object.values(treesMs).reduce((t, ms) => t + ms, 0) +
          harnessMs +
          postgresMs +
          stackMs;
        otherCpuPct = pct(after.machine.busy - before.machine.busy - ours);
        stealPct = pct(after.machine.steal - before.machine.steal);
      }
      return {
        cpuMs: cpu,
        harnessMs,
        postgresMs,
        stackMs,
        treesMs,
        otherCpuPct,
        stealPct,
        seconds,
      };
    },
  };
}

module.exports = { pidsByCommand, stackPids, startUsage };
