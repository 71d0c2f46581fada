'use strict';

const { spawn } = require('node:child_process');

// Every server process the harness starts, until it has exited.
const live = new Set();

/** spawn(), remembered so that stopAll() and the exit hook can reach it. */
function spawnTracked(command, args, options) {
  const child = spawn(command, args, options);
  live.add(child);
  child.once('exit', () => live.delete(child));
  child.once('error', () => live.delete(child));
  return child;
}

function hasExited(child) {
  return child.exitCode !== null || child.signalCode !== null;
}

/** SIGTERM, then SIGKILL whatever is still running after graceMs. */
async function stop(child, graceMs = 5_000) {
  if (hasExited(child)) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

async function stopAll(graceMs) {
  await Promise.all([...live].map((child) => stop(child, graceMs)));
}

/** Pids of started servers that still run (checked with signal 0, as `ps` would show them). */
function survivors(pids) {
  return pids.filter((pid) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  });
}

// Last resort, synchronous: whatever stopAll() did not get to.
process.on('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

module.exports = { spawnTracked, stop, stopAll, survivors };
