import { setTimeout as sleep } from 'node:timers/promises';

import type autocannon from 'autocannon';

import { formatTable } from './format';
import { httpGet } from './http';
import { runLoad, type LoadRun } from './load';
import { Servers, type Target } from './processes';
import { summariseTargets, type RatioSpec, type TargetRound } from './ratios';
import type { RunContext, Scenario } from './scenario';
import type { NodeProcess } from '../../test/harness/node-process';

const PAUSE_BETWEEN_RUNS_MS = 500;

/** What is measured: a path (with headers), or a sequence of requests per connection. */
export interface Route {
  /** The path checked to answer 200 before anything is measured (and loaded, without requests). */
  path: string;
  headers: Record<string, string>;
  requests?: () => autocannon.Request[];
}

/** A scenario of GET runs against targets side by side, compared by ratios (the compare method). */
export interface ComparedDefinition {
  name: string;
  summary: string;
  targets: readonly Target[];
  ratios: readonly RatioSpec[];
  /** The route, unless prepare() makes one; also the readiness path unless readyPath is given. */
  path?: string;
  expectBody?: string;
  readyPath?: string;
  /** Data or a session for the route, made through the first target. */
  prepare?(server: NodeProcess, context: Pick<RunContext, 'log'>): Promise<Route>;
}

/** The compare method as a scenario: compare() runs it, formatTable() prints it. */
export function comparedScenario(definition: ComparedDefinition): Scenario {
  return {
    name: definition.name,
    summary: definition.summary,
    targets: definition.targets,
    async measure(settings, context) {
      const outcome = await compare(definition, settings, context);
      return {
        record: outcome,
        table: (machine) => formatTable(definition.name, settings, machine, outcome.summary),
      };
    },
  };
}

/**
 * The method: all targets run side by side in one process tree; after a warm-up per target, rounds
 * interleave them (order reversed every other round, A B | B A | A B …, so no target always runs
 * right after the other); each target's figure is the median over its rounds, and the comparisons
 * are ratios of those medians.
 */
async function compare(
  scenario: ComparedDefinition,
  settings: Parameters<Scenario['measure']>[0],
  context: RunContext,
) {
  const { log } = context;
  const servers = new Servers(context);
  const started: { target: Target; server: NodeProcess }[] = [];
  for (const target of scenario.targets) {
    log(`starting ${target.label} …`);
    const server = await servers.start(target, {
      readyPath: scenario.readyPath ?? scenario.path,
      timeoutMs: 30_000,
    });
    started.push({ target, server });
  }
  const route: Route = scenario.prepare
    ? await scenario.prepare(started[0].server, { log })
    : { path: scenario.path ?? '/', headers: {} };
  for (const { target, server } of started) await expectAnswer(target, server, scenario, route);

  const load = (server: NodeProcess, seconds: number) =>
    runLoad({
      url: server.origin + route.path,
      headers: route.headers,
      requests: route.requests,
      seconds,
      connections: settings.connections,
      serverPid: server.pid,
    });

  const warmup: (LoadRun & { target: string })[] = [];
  if (settings.warmupSeconds > 0) {
    for (const { target, server } of started) {
      log(`warm-up ${settings.warmupSeconds} s  ${target.label}`);
      warmup.push({ target: target.id, ...(await load(server, settings.warmupSeconds)) });
      await sleep(PAUSE_BETWEEN_RUNS_MS);
    }
  }

  const rounds: (TargetRound & { runs: (LoadRun & { target: string })[] })[] = [];
  for (let round = 1; round <= settings.rounds; round++) {
    const order = round % 2 ? started : [...started].reverse();
    const runs: (LoadRun & { target: string })[] = [];
    for (const { target, server } of order) {
      const run = { target: target.id, ...(await load(server, settings.seconds)) };
      runs.push(run);
      log(`round ${round}/${settings.rounds}  ${describeRun(target.label, run)}`);
      await sleep(PAUSE_BETWEEN_RUNS_MS);
    }
    rounds.push({ round, order: order.map(({ target }) => target.id), runs });
  }

  return {
    servers: servers.started,
    warmup,
    rounds,
    summary: summariseTargets(scenario.targets, scenario.ratios, rounds),
  };
}

/** 200 with the scenario's body (or, without expectBody, any 200) before anything is timed. */
async function expectAnswer(
  target: Target,
  server: NodeProcess,
  scenario: ComparedDefinition,
  route: Route,
): Promise<void> {
  const { status, body } = await httpGet(server.origin + route.path, 2_000, route.headers);
  const bodyOk = scenario.expectBody === undefined || body === scenario.expectBody;
  if (status !== 200 || !bodyOk) {
    throw new Error(
      `${target.label} answered ${status} ${body.slice(0, 200)} on ${route.path}, expected 200 ${scenario.expectBody ?? ''}`,
    );
  }
}

function describeRun(label: string, run: LoadRun): string {
  const flags = run.errors + run.timeouts + run.non2xx;
  return (
    `${label.padEnd(26)} ${Math.round(run.reqPerSec).toLocaleString('en-US').padStart(7)} req/s` +
    `  p50 ${run.p50Ms.toFixed(2)} ms  p99 ${run.p99Ms.toFixed(2)} ms` +
    (flags ? `  (${run.errors} errors, ${run.timeouts} timeouts, ${run.non2xx} non-2xx)` : '')
  );
}
