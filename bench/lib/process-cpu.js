'use strict';

const fs = require('node:fs');
const { execFileSync } = require('node:child_process');

let ticksPerSecond;

function clockTicks() {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/**
 * CPU time (user + system, ms) a process has used so far, from /proc/<pid>/stat; null where
 * /proc is not there. Resolution is one clock tick (10 ms), fine over rounds of seconds.
 */
function cpuMs(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks();
  } catch {
    return null;
  }
}

/**
 * CPU time the whole machine has used so far (ms, all cores), from the first line of /proc/stat:
 * busy = user + nice + system + irq + softirq, steal = time the hypervisor gave to others.
 * null where /proc is not there.
 */
function machineCpuMs() {
  try {
    const [, ...ticks] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    const [user, nice, system, , , irq, softirq, steal] = ticks.map(Number);
    const toMs = (t) => (t * 1000) / clockTicks();
    return { busy: toMs(user + nice + system + irq + softirq), steal: toMs(steal || 0) };
  } catch {
    return null;
  }
}

/** One process's fields after its command name (/proc/<pid>/stat), or null. */
function statFields(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** The parent pid of pid, or null. */
function parentPid(pid) {
  const fields = statFields(pid);
  return fields ? Number(fields[1]) : null;
}

/**
 * CPU time (ms) used so far by rootPid and all its descendants, including children that have
 * exited and been waited for (the root's cutime/cstime): e.g. a Postgres postmaster and its
 * backends. null where /proc is not there. Resolution one clock tick per process.
 */
function treeCpuMs(rootPid) {
  const root = statFields(rootPid);
  if (!root) return null;
  const childrenOf = new Map();
  const own = new Map();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const fields = statFields(name);
    if (!fields) continue; // exited meanwhile
    const ppid = Number(fields[1]);
    if (!childrenOf.has(ppid)) childrenOf.set(ppid, []);
    childrenOf.get(ppid).push(Number(name));
    own.set(Number(name), Number(fields[11]) + Number(fields[12]));
  }
  let ticks = Number(root[13]) + Number(root[14]); // waited-for children of the root
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop();
    ticks += own.get(pid) ?? 0;
    stack.push(...(childrenOf.get(pid) ?? []));
  }
  return (ticks * 1000) / clockTicks();
}

module.exports = { cpuMs, machineCpuMs, parentPid, treeCpuMs };
