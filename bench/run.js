#!/usr/bin/env node
'use strict';

// npm run bench [scenario] — runs one scenario, or all of them without a name.
// Env: BENCH_ROUNDS, BENCH_SECONDS, BENCH_WARMUP_SECONDS, BENCH_CONNECTIONS, BENCH_EVENTS_RATE
// (see docs/BENCHMARKS.md).

const { stopAll, survivors } = require('./lib/children');
const { compare } = require('./lib/compare');
const { describeCheckout, describeMachine } = require('./lib/machine');
const { checkDist, checkMigrations, checkStack } = require('./lib/preflight');
const { writeResults } = require('./lib/results');
const { ServerStartError } = require('./lib/server');
const { readSettings, SettingsError, VARIABLES } = require('./lib/settings');
const { formatTable } = require('./lib/table');
const { ROOT } = require('./lib/targets');
const scenarios = require('./scenarios');

const log = (line) => process.stderr.write(`${line}\n`);
// A closed pipe (`npm run bench | head`) must not crash the run and strand its servers.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});
const startedPids = [];
// What a scenario asked to undo (rows it wrote, connections it holds); run once the servers are down,
// at the end, on errors and on Ctrl-C.
const cleanups = [];
const CLEANUP_TIMEOUT_MS = 15_000;

class UsageError extends Error {}

function usage() {
  return [
    'usage: npm run bench [scenario]   (no name: run them all)',
    '',
    'scenarios:',
    ...scenarios.map((s) => `  ${s.name.padEnd(26)} ${s.summary}`),
    '',
    `env: ${Object.values(VARIABLES).join(', ')}`,
  ].join('\n');
}

function pickScenarios(args) {
  if (args.length === 0) return scenarios;
  if (['-h', '--help', '--list'].includes(args[0])) {
    console.log(usage());
    return [];
  }
  if (args.length > 1) throw new UsageError(`one scenario at a time\n\n${usage()}`);
  const found = scenarios.find((s) => s.name === args[0]);
  if (!found) throw new UsageError(`unknown scenario "${args[0]}"\n\n${usage()}`);
  return [found];
}

/** Stops here, with a message, when tenfold could not start anyway. */
function preflight(scenario) {
  const needs = new Set(scenario.targets.flatMap((t) => t.needs));
  const notes = [];
  let dist = null;
  if (needs.has('dist')) {
    dist = checkDist(ROOT);
    if (!dist.ok) throw new Error(dist.message);
    if (dist.note) notes.push(dist.note);
  }
  if (needs.has('stack')) {
    const stack = checkStack(ROOT);
    if (!stack.ok) throw new Error(stack.message);
    if (stack.note) notes.push(stack.note);
  }
  if (needs.has('dist') && needs.has('stack')) {
    const migrations = checkMigrations(ROOT);
    if (!migrations.ok) throw new Error(migrations.message);
  }
  return { distBuiltAt: dist?.builtAt ?? null, notes };
}

async function runScenario(scenario, settings) {
  const { distBuiltAt, notes } = preflight(scenario);
  notes.forEach((note) => log(note));
  const startedAt = new Date();
  const machine = describeMachine();
  log(`${scenario.name}: ${scenario.summary}`);
  const context = {
    log,
    onServer: (server) => startedPids.push(server.pid),
    onCleanup: (cleanup) => cleanups.push(cleanup),
  };
  // A scenario with its own method (not autocannon GET runs) brings run() and format().
  const outcome = scenario.run
    ? await scenario.run(settings, context)
    : await compare(scenario, settings, context);
  await stopAll();
  await runCleanups();
  const finishedAt = new Date();
  const record = {
    scenario: scenario.name,
    summary: scenario.summary,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    settings,
    machine,
    loadAverageAfter: describeMachine().loadAverage,
    checkout: { ...describeCheckout(ROOT), distBuiltAt },
    nodeEnv: process.env.NODE_ENV ?? null,
    ...outcome,
  };
  const file = writeResults(scenario.name, startedAt, record);
  const table = scenario.format
    ? scenario.format(settings, machine, outcome.summary)
    : formatTable(scenario, settings, machine, outcome.summary);
  console.log(`\n${table}\n`);
  log(`raw results: ${file} (${Math.round((finishedAt - startedAt) / 1000)} s)`);
}

async function main() {
  const chosen = pickScenarios(process.argv.slice(2));
  const settings = readSettings();
  for (const scenario of chosen) await runScenario(scenario, settings);
}

async function runCleanups() {
  for (const cleanup of cleanups.splice(0)) {
    try {
      await Promise.race([
        cleanup(),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('timed out')), CLEANUP_TIMEOUT_MS).unref(),
        ),
      ]);
    } catch (error) {
      log(`warning: clean-up failed: ${error.message}`);
    }
  }
}

async function shutDown(exitCode) {
  await stopAll();
  await runCleanups();
  const left = survivors(startedPids);
  if (left.length > 0) log(`warning: server processes still running: ${left.join(', ')}`);
  else if (startedPids.length > 0)
    log(`stopped ${startedPids.length} server process(es); none left running`);
  process.exit(exitCode);
}

let interrupted = false;
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
]) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    log(`\n${signal}: stopping the servers …`);
    void shutDown(code);
  });
}

main().then(
  () => shutDown(0),
  (error) => {
    if (interrupted) return;
    if (error instanceof UsageError) {
      log(error.message);
      return shutDown(2);
    }
    if (error instanceof SettingsError) {
      log(error.message);
      return shutDown(2);
    }
    log(`bench failed: ${error.message}`);
    if (error instanceof ServerStartError) {
      if (error.stderr) log(`--- its stderr (last lines) ---\n${error.stderr.trimEnd()}\n---`);
      log('is the local stack up? `npm run stack:status`, and `npm run stack:up` to start it.');
    }
    return shutDown(1);
  },
);
