'use strict';

const { setTimeout: sleep } = require('node:timers/promises');

const { httpGet } = require('./http-get');
const { runLoad } = require('./load');
const { startServer } = require('./server');
const { summarise } = require('./summarise');
const { ROOT } = require('./targets');

const PAUSE_BETWEEN_RUNS_MS = 500;

/**
 * The method: all targets run side by side in one process tree; after a warm-up per target, rounds
 * interleave them (order reversed every other round, A B | B A | A B …, so no target always runs
 * right after the other); each target's figure is the median over its rounds, and the comparisons
 * are ratios of those medians. onServer(server) is told each started server (for cleanup).
 */
async function compare(scenario, settings, { log, onServer }) {
  const servers = [];
  for (const target of scenario.targets) {
    log(`starting ${target.label} …`);
    const server = await startServer({
      label: target.label,
      script: target.script,
      env: target.env,
      cwd: ROOT,
      readyPath: scenario.readyPath ?? scenario.path,
      node: target.node,
    });
    onServer(server);
    servers.push({ target, server });
  }
  // A scenario whose route needs data or a session makes them through the first server.
  const route = scenario.prepare
    ? await scenario.prepare(servers[0].server, { log })
    : { path: scenario.path, headers: {} };
  for (const { server } of servers) await expectAnswer(server, scenario, route);

  const load = (server, seconds) =>
    runLoad({
      url: server.origin + route.path,
      headers: route.headers,
      requests: route.requests,
      seconds,
      connections: settings.connections,
      serverPid: server.pid,
    });

  const warmup = [];
  if (settings.warmupSeconds > 0) {
    for (const { target, server } of servers) {
      log(`warm-up ${settings.warmupSeconds} s  ${target.label}`);
      warmup.push({ target: target.id, ...(await load(server, settings.warmupSeconds)) });
      await sleep(PAUSE_BETWEEN_RUNS_MS);
    }
  }

  const rounds = [];
  for (let round = 1; round <= settings.rounds; round++) {
    const order = round % 2 ? servers : [...servers].reverse();
    const runs = [];
    for (const { target, server } of order) {
      const run = { target: target.id, ...(await load(server, settings.seconds)) };
      runs.push(run);
      log(`round ${round}/${settings.rounds}  ${describeRun(target.label, run)}`);
      await sleep(PAUSE_BETWEEN_RUNS_MS);
    }
    rounds.push({ round, order: order.map(({ target }) => target.id), runs });
  }

  return {
    servers: servers.map(({ target, server }) => ({ id: target.id, pid: server.pid })),
    warmup,
    rounds,
    summary: summarise(scenario, rounds),
  };
}

/** 200 with the scenario's body (or, without expectBody, any 200) before anything is timed. */
async function expectAnswer(server, scenario, route) {
  const { status, body } = await httpGet(server.origin + route.path, 2_000, route.headers);
  const bodyOk = scenario.expectBody === undefined || body === scenario.expectBody;
  if (status !== 200 || !bodyOk) {
    throw new Error(
      `${server.label} answered ${status} ${body.slice(0, 200)} on ${route.path}, expected 200 ${scenario.expectBody ?? ''}`,
    );
  }
}

function describeRun(label, run) {
  const flags = run.errors + run.timeouts + run.non2xx;
  return (
    `${label.padEnd(26)} ${Math.round(run.reqPerSec).toLocaleString('en-US').padStart(7)} req/s` +
    `  p50 ${run.p50Ms.toFixed(2)} ms  p99 ${run.p99Ms.toFixed(2)} ms` +
    (flags ? `  (${run.errors} errors, ${run.timeouts} timeouts, ${run.non2xx} non-2xx)` : '')
  );
}

module.exports = { compare };
