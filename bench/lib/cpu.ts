import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

const ticksToMs = (ticks: number): number => (ticks * 1000) / clockTicks();

/** One process's fields after its command name (/proc/<pid>/stat), or null. */
function statFields(pid: number | string): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/**
 * CPU time (user + system, ms) a process has used so far, from /proc/<pid>/stat; null where
 * /proc is not there. Resolution is one clock tick (10 ms), fine over rounds of seconds.
 */
export function cpuMs(pid: number): number | null {
  // utime and stime are fields 14 and 15, i.e. 11 and 12 after the command name.
  const fields = statFields(pid);
  return fields ? ticksToMs(Number(fields[11]) + Number(fields[12])) : null;
}

export interface MachineCpu {
  busy: number;
  steal: number;
}

/**
 * CPU time the whole machine has used so far (ms, all cores), from the first line of /proc/stat:
 * busy = user + nice + system + irq + softirq, steal = time the hypervisor gave to others.
 * null where /proc is not there.
 */
export function machineCpuMs(): MachineCpu | null {
  try {
    const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    const [user, nice, system, , , irq, softirq, steal] = ticks.map(Number);
    return { busy: ticksToMs(user + nice + system + irq + softirq), steal: ticksToMs(steal || 0) };
  } catch {
    return null;
  }
}

/** The parent pid of pid, or null. */
export function parentPid(pid: number): number | null {
  const fields = statFields(pid);
  return fields ? Number(fields[1]) : null;
}

/**
 * CPU time (ms) used so far by rootPid and all its descendants, including children that have
 * exited and been waited for (the root's cutime/cstime): e.g. a Postgres postmaster and its
 * backends. null where /proc is not there. Resolution one clock tick per process.
 */
export function treeCpuMs(rootPid: number): number | null {
  const root = statFields(rootPid);
  if (!root) return null;
  const childrenOf = new Map<number, number[]>();
  const own = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const fields = statFields(name);
    if (!fields) continue; // exited meanwhile
    const ppid = Number(fields[1]);
    const siblings = childrenOf.get(ppid) ?? [];
    siblings.push(Number(name));
    childrenOf.set(ppid, siblings);
    own.set(Number(name), Number(fields[11]) + Number(fields[12]));
  }
  let ticks = Number(root[13]) + Number(root[14]); // waited-for children of the root
  const stack = [rootPid];
  for (let pid = stack.pop(); pid !== undefined; pid = stack.pop()) {
    ticks += own.get(pid) ?? 0;
    stack.push(...(childrenOf.get(pid) ?? []));
  }
  return ticksToMs(ticks);
}

/** Pids of the processes whose command line (arguments joined by spaces) passes `test`. */
export function pidsByCommand(test: (command: string) => boolean): number[] {
  const found: number[] = [];
  let names: string[];
  try {
    names = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return found;
  }
  for (const name of names) {
    let command: string;
    try {
      command = readFileSync(`/proc/${name}/cmdline`, 'utf8').replace(/\0/g, ' ');
    } catch {
      continue;
    }
    if (test(command)) found.push(Number(name));
  }
  return found;
}

/**
 * Pids of the local stack's Redis (the port of REDIS_URL) and S3 stand-in
 * (scripts/stack/s3-server.js), found by their command lines in /proc: their CPU is the bench's own
 * work where it uses queues and objects, not noise. Empty where /proc is not there.
 */
export function stackPids(env: NodeJS.ProcessEnv = process.env): number[] {
  const redisPort = new URL(env.REDIS_URL || 'redis://127.0.0.1:56379').port || '6379';
  return pidsByCommand(
    (command) =>
      (/redis-server/.test(command) && command.includes(`:${redisPort}`)) ||
      /scripts\/stack\/s3-server\.js/.test(command),
  );
}

export interface UsageOptions {
  /** Processes measured one by one: name → pid (or null: not running, no figure). */
  pids: Record<string, number | null>;
  /** The Postgres server, with its backends. */
  postgresPid: number | null;
  /** Processes summed as the stack's share (Redis, S3, …). */
  stack?: number[];
  /** Process trees summed per name (e.g. the replicas' postmasters). */
  trees?: Record<string, number[]>;
}

export interface Usage {
  cpuMs: Record<string, number | null>;
  harnessMs: number;
  postgresMs: number | null;
  stackMs: number;
  treesMs: Record<string, number>;
  /** The rest of the machine, in % of one core; null unless Postgres (most of the work) was measured. */
  otherCpuPct: number | null;
  stealPct: number | null;
  seconds: number;
}

/**
 * CPU over one measured run: of the named processes, the Postgres server with its backends, the
 * stack's processes, the named process trees, this harness, and the whole machine. Whatever the
 * machine did beyond those was other processes: noise, in % of a core.
 */
export function startUsage({ pids, postgresPid, stack = [], trees = {} }: UsageOptions): {
  stop(): Usage;
} {
  const sample = () => ({
    own: Object.fromEntries(
      Object.entries(pids).map(([k, pid]) => [k, pid ? cpuMs(pid) : null] as const),
    ),
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
      const pct = (ms: number) => Math.max(0, ms / seconds / 10);
      const cpu: Record<string, number | null> = {};
      for (const key of Object.keys(pids)) {
        const a = after.own[key];
        const b = before.own[key];
        cpu[key] = a === null || b === null ? null : a - b;
      }
      const harness = process.cpuUsage(before.harness);
      const harnessMs = (harness.user + harness.system) / 1000;
      const postgresMs =
        before.postgres === null || after.postgres === null
          ? null
          : after.postgres - before.postgres;
      const stackMs = after.stack - before.stack;
      const treesMs = Object.fromEntries(
        Object.keys(trees).map((k) => [k, after.trees[k] - before.trees[k]]),
      );
      let otherCpuPct: number | null = null;
      let stealPct: number | null = null;
      if (before.machine && after.machine) {
        stealPct = pct(after.machine.steal - before.machine.steal);
        if (postgresMs !== null) {
          const ours =
            Object.values(cpu).reduce<number>((t, ms) => t + (ms ?? 0), 0) +
            Object.values(treesMs).reduce((t, ms) => t + ms, 0) +
            harnessMs +
            postgresMs +
            stackMs;
          otherCpuPct = pct(after.machine.busy - before.machine.busy - ours);
        }
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

/** CPU µs per request, or null without a figure or requests. */
export function perRequestUs(cpuUsedMs: number | null, requests: number): number | null {
  return cpuUsedMs === null || requests === 0 ? null : (cpuUsedMs * 1000) / requests;
}
