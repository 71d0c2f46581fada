#!/usr/bin/env node
// npm run bench [scenario] — runs one scenario, or all of them without a name.
// Env: BENCH_ROUNDS, BENCH_SECONDS, BENCH_WARMUP_SECONDS, BENCH_CONNECTIONS, BENCH_EVENTS_RATE
// (see docs/BENCHMARKS.md).

import { describeCheckout, describeMachine } from './lib/machine';
import { preflight } from './lib/preflight';
import { survivors } from './lib/processes';
import { writeResults } from './lib/results';
import type { Scenario } from './lib/scenario';
import { readSettings, SettingsError, VARIABLES, type Settings } from './lib/settings';
import { ProcessStartError, stopAllProcesses } from '../test/harness/node-process';
import { REPO_ROOT } from '../test/harness/repo-root';
import { scenarios } from './scenarios';

const log = (line: string) => process.stderr.write(`${line}\n`);
// A closed pipe (`npm run bench | head`) must not crash the run and strand its servers.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});
const startedPids: number[] = [];
// What a scenario asked to undo (rows it wrote, connections it holds); run once the servers are down,
// at the end, on errors and on Ctrl-C.
const cleanups: (() => Promise<void>)[] = [];
const CLEANUP_TIMEOUT_MS = 15_000;
// SIGTERM, then SIGKILL after this long (docs/BENCHMARKS.md, "Running it").
const STOP_GRACE_MS = 5_000;

class UsageError extends Error {}

function usage(): string {
  return [
    'usage: npm run bench [scenario]   (no name: run them all)',
    '',
    'scenarios:',
    ...scenarios.map((s) => `  ${s.name.padEnd(26)} ${s.summary}`),
    '',
    `env: ${Object.values(VARIABLES).join(', ')}`,
  ].join('\n');
}

function pickScenarios(args: string[]): readonly Scenario[] {
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

async function runScenario(scenario: Scenario, settings: Settings): Promise<void> {
  const needs = new Set(scenario.targets.flatMap((t) => t.needs));
  const { distBuiltAt, notes } = preflight(REPO_ROOT, needs);
  notes.forEach((note) => log(note));
  const startedAt = new Date();
  const machine = describeMachine();
  log(`${scenario.name}: ${scenario.summary}`);
  const measured = await scenario.measure(settings, {
    log,
    onServer: (pid) => {
      if (pid > 0) startedPids.push(pid);
    },
    onCleanup: (cleanup) => cleanups.push(cleanup),
  });
  await stopAllProcesses(STOP_GRACE_MS);
  await runCleanups();
  const finishedAt = new Date();
  const { summary, ...outcome } = measured.record;
  const record = {
    scenario: scenario.name,
    summary,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    settings,
    machine,
    loadAverageAfter: describeMachine().loadAverage,
    checkout: { ...describeCheckout(REPO_ROOT), distBuiltAt },
    nodeEnv: process.env.NODE_ENV ?? null,
    ...outcome,
  };
  const file = writeResults(scenario.name, startedAt, record);
  console.log(`\n${measured.table(machine)}\n`);
  const seconds = Math.round((finishedAt.getTime() - startedAt.getTime()) / 1000);
  log(`raw results: ${file} (${seconds} s)`);
}

async function main(): Promise<void> {
  const chosen = pickScenarios(process.argv.slice(2));
  const settings = readSettings();
  for (const scenario of chosen) await runScenario(scenario, settings);
}

async function runCleanups(): Promise<void> {
  for (const cleanup of cleanups.splice(0)) {
    try {
      await Promise.race([
        cleanup(),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('timed out')), CLEANUP_TIMEOUT_MS).unref(),
        ),
      ]);
    } catch (error) {
      log(`warning: clean-up failed: ${(error as Error).message}`);
    }
  }
}

async function shutDown(exitCode: number): Promise<never> {
  await stopAllProcesses(STOP_GRACE_MS);
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
] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    log(`\n${signal}: stopping the servers …`);
    void shutDown(code);
  });
}

main().then(
  () => shutDown(0),
  (error: Error) => {
    if (interrupted) return;
    if (error instanceof UsageError || error instanceof SettingsError) {
      log(error.message);
      return shutDown(2);
    }
    // A server that did not start: its message ends with the last lines of its stderr.
    log(`bench failed: ${error.message.trimEnd()}`);
    if (error instanceof ProcessStartError) {
      log('is the local stack up? `npm run stack:status`, and `npm run stack:up` to start it.');
    }
    return shutDown(1);
  },
);
