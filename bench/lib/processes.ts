import { join } from 'node:path';

import type { RunContext } from './scenario';
import { NodeProcess } from '../../test/harness/node-process';
import { startTenfold, type TenfoldKind } from '../../test/harness/tenfold-process';

/** What a target needs before it can start: the build (dist/), the local stack. */
export type Need = 'dist' | 'stack';

/** A process a scenario starts: tenfold's own from dist/, or a bench server. */
export interface Target {
  id: string;
  label: string;
  program: { tenfold: TenfoldKind } | { script: string; portVariable?: string };
  env: Record<string, string>;
  /** Another Node binary than the bench's own (the node-runtimes scenarios). */
  node?: string;
  needs: Need[];
}

/** A bench server's compiled script: bench/servers/<name>.ts, built next to this file's build. */
export function benchServer(name: string): string {
  return join(__dirname, '..', 'servers', `${name}.js`);
}

/** The baseline server, bench/servers/bare-fastify.ts. */
export function bareFastify(): Target {
  return {
    id: 'bare',
    label: 'bare fastify',
    program: { script: benchServer('bare-fastify') },
    env: {},
    needs: [],
  };
}

/** The framework floor, bench/servers/bare-nest.ts: NestJS on Fastify, global prefix, nothing else. */
export function bareNest(): Target {
  return {
    id: 'bare-nest',
    label: 'bare nest',
    program: { script: benchServer('bare-nest') },
    env: {},
    needs: [],
  };
}

/**
 * Stand-ins for the external services (Slack's incoming webhooks, an FX API), with controls:
 * bench/servers/external-stub.ts. Ready when GET /health answers.
 */
export function externalStub(): Target {
  return {
    id: 'stub',
    label: 'external-service stub',
    program: { script: benchServer('external-stub') },
    env: {},
    needs: [],
  };
}

/**
 * The work floor of the task list and of completing and reopening a task: bare Fastify, pg and
 * ioredis doing by hand what tenfold does (bench/servers/floor-tasks.ts).
 */
export function floorTasks(env: Record<string, string>): Target {
  return {
    id: 'floor',
    label: 'floor (fastify+pg+ioredis)',
    program: { script: benchServer('floor-tasks') },
    env: { HTTP_HOST: '127.0.0.1', ...env },
    needs: ['dist', 'stack'],
  };
}

/**
 * tenfold's real web process from dist/, with its real request logging at logLevel; on the bench's
 * own Node unless `node` names another binary (the node-runtimes scenarios).
 */
export function tenfoldWeb({
  id,
  label,
  logLevel,
  env = {},
  node,
}: {
  id: string;
  label: string;
  logLevel: string;
  env?: Record<string, string>;
  node?: string;
}): Target {
  return {
    id,
    label,
    program: { tenfold: 'web' },
    env: { LOG_LEVEL: logLevel, HTTP_HOST: '127.0.0.1', ...env },
    node,
    needs: ['dist', 'stack'],
  };
}

/** No rate limit: a bench sends far more than the default 600 requests a minute on one token. */
export const UNLIMITED = { RATE_LIMIT_PER_MINUTE: '1000000' };

/** tenfold's web process for a whole run of a scenario that drives it with one token. */
export function benchWeb(env: Record<string, string> = {}): Target {
  return tenfoldWeb({
    id: 'web',
    label: 'tenfold web',
    logLevel: 'info',
    env: { ...UNLIMITED, ...env },
  });
}

/**
 * A worker from dist/: tenfold's own (dist/src/worker.js) or, with `server`, a bench variant of it
 * (bench/servers/<server>.ts). It listens on WORKER_HTTP_PORT. The transport is pinned to
 * in-process, whatever the shell says, so that consumers run inside this process.
 */
export function tenfoldWorker({
  id,
  label,
  env = {},
  server,
}: {
  id: string;
  label: string;
  env?: Record<string, string>;
  server?: string;
}): Target {
  return {
    id,
    label,
    program: server
      ? { script: benchServer(server), portVariable: 'WORKER_HTTP_PORT' }
      : { tenfold: 'worker' },
    env: { LOG_LEVEL: 'info', HTTP_HOST: '127.0.0.1', EVENT_TRANSPORT: 'inprocess', ...env },
    needs: ['dist', 'stack'],
  };
}

/** BREAKER_SETTINGS as a scenario sets them for its processes (docs/RESILIENCE.md). */
export type BreakerSettings = Record<
  string,
  { failureThreshold: number; resetMs: number; timeoutMs: number }
>;

/** A target with more environment on top of its own. */
export function withEnv(target: Target, env: Record<string, string>): Target {
  return { ...target, env: { ...target.env, ...env } };
}

/**
 * Starts a target (stdout to nowhere: the cheapest sink, as the docs say) and waits until
 * `readyPath` answers 200. `onStarted` hears of it at once, so that it is stopped at the end even
 * when it never gets ready.
 */
export async function startTarget(
  target: Target,
  {
    readyPath = '/health/ready',
    timeoutMs = 60_000,
    onStarted,
  }: { readyPath?: string; timeoutMs?: number; onStarted: (server: NodeProcess) => void },
): Promise<NodeProcess> {
  const common = {
    name: target.label,
    env: target.env,
    node: target.node,
    stdout: 'ignore' as const,
  };
  const server =
    'tenfold' in target.program
      ? await startTenfold(target.program.tenfold, common)
      : await NodeProcess.start({
          ...common,
          script: target.program.script,
          portVariable: target.program.portVariable,
        });
  onStarted(server);
  await server.waitUntilReady({ path: readyPath, timeoutMs });
  return server;
}

/** The processes a scenario started: its record's `servers`, and each told to run.ts. */
export class Servers {
  readonly started: { id: string; pid: number }[] = [];

  constructor(private readonly context: Pick<RunContext, 'onServer'>) {}

  note(id: string, pid: number): void {
    this.started.push({ id, pid });
    this.context.onServer(pid);
  }

  /** startTarget(), the server noted under `id` (default: the target's). */
  start(
    target: Target,
    options: { readyPath?: string; timeoutMs?: number; id?: string } = {},
  ): Promise<NodeProcess> {
    const id = options.id ?? target.id;
    return startTarget(target, { ...options, onStarted: (server) => this.note(id, server.pid) });
  }
}

/** Pids of started servers that still run (checked with signal 0, as `ps` would show them). */
export function survivors(pids: readonly number[]): number[] {
  // A process that could not be spawned has no pid (-1): signal 0 to -1 would ask every process.
  return pids.filter((pid) => {
    if (pid <= 0) return false;
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  });
}
