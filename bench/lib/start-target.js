'use strict';

const { startServer } = require('./server');
const { ROOT } = require('./targets');

/**
 * Starts one of a scenario's targets (bench/lib/targets.js) from the repository root, waits until
 * `readyPath` answers 200, and hands the server to `bench.onServer` so it is stopped at the end.
 */
async function startTarget(bench, target, readyPath = '/health/ready') {
  const server = await startServer({
    label: target.label,
    script: target.script,
    env: target.env,
    cwd: ROOT,
    readyPath,
    portVariable: target.portVariable,
    timeoutMs: 60_000,
    node: target.node,
  });
  bench.onServer(server, target.id);
  return server;
}

module.exports = { startTarget };
