'use strict';

const path = require('node:path');
const { setTimeout: sleep } = require('node:timers/promises');

const { freePort } = require('../../test/support/cluster/cluster');
const { spawnTracked, stop } = require('./children');
const { httpGet } = require('./http-get');

const PRELOAD = path.join(
  __dirname,
  '..',
  '..',
  'test',
  'support',
  'cluster',
  'die-with-parent.js',
);
const STDERR_TAIL_CHARS = 4_000;

/**
 * Starts `node <script>` (this bench's own Node unless `node` names another binary) with HTTP_PORT (or portVariable: the worker listens on WORKER_HTTP_PORT)
 * set to a free loopback port, stdout to /dev/null, and waits until GET readyPath answers 200.
 * Resolves { url, pid, stop(graceMs) }; rejects with the child's stderr if it exits or stays silent
 * for timeoutMs.
 */
async function startServer({
  label,
  script,
  env = {},
  cwd,
  readyPath,
  portVariable = 'HTTP_PORT',
  timeoutMs = 30_000,
  node = process.execPath,
}) {
  const port = await freePort();
  const child = spawnTracked(node, ['-r', PRELOAD, script], {
    cwd,
    env: { ...process.env, ...env, [portVariable]: String(port) },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-STDERR_TAIL_CHARS)));
  let exit;
  child.once('exit', (code, signal) => (exit = signal ?? `code ${code}`));
  child.once('error', (error) => (exit = error.message));

  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exit !== undefined) {
      throw new ServerStartError(`${label} exited (${exit}) before answering`, stderr);
    }
    try {
      const { status } = await httpGet(origin + readyPath, 1_000);
      if (status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop(child);
      throw new ServerStartError(`${label} did not answer within ${timeoutMs} ms`, stderr);
    }
    await sleep(100);
  }
  return { label, origin, port, pid: child.pid, stop: (graceMs) => stop(child, graceMs) };
}

class ServerStartError extends Error {
  constructor(message, stderr) {
    super(message);
    this.name = 'ServerStartError';
    this.stderr = stderr;
  }
}

module.exports = { startServer, ServerStartError };
