import { setTimeout as sleep } from 'node:timers/promises';

import FindMyWay from 'find-my-way';
import { Redis } from 'ioredis';
import { Client } from 'pg';

import type { RoundTripBudget } from '../../../src/infrastructure/observability/request-budget/request-budget.table';

/** What one request cost: each Redis round trip and each SQL statement, in order. */
export interface Tally {
  readonly redis: string[];
  readonly sql: string[];
}

/** Clients of these pools serve the replica monitor's timer, never a request. */
const BACKGROUND_APPLICATION_NAME = /-replica-monitor$/;

/**
 * Counts, in this test process (the web app under test runs here, with all its pools and clients),
 * every Redis round trip and SQL statement issued while a window is open.
 *
 * Why a time window rather than an AsyncLocalStorage context per request: Node parses a request
 * body in the async context of the socket, not of whoever emitted the request, so a context
 * started around the 'request' listener is lost for every POST with a body. Requests are driven one
 * at a time; the replica monitor's own pools (its only timer that talks to a store in the web
 * process) are told apart by their application_name; and 'sees nothing while idle' in the spec
 * proves there is no other background traffic to miscount.
 *
 * Redis: ioredis has no per-command event, so `Redis.prototype.sendCommand` is wrapped (every
 * client shares the prototype: the shared REDIS client and BullMQ's queue connections). A pipeline
 * or MULTI calls it once per queued command with the same pipeline stream object, so commands that
 * share a stream are one round trip; a Lua script (EVALSHA) is one command, so one round trip.
 *
 * SQL: `pg`'s `Client.prototype.query`, which every TypeORM DataSource (primary and replicas) ends
 * in: one call, one statement sent, including START TRANSACTION / COMMIT.
 */
export class RoundTripCounter {
  private window: Tally | null = null;
  private readonly pipelines = new Map<object, number>();
  private readonly restore: (() => void)[] = [];

  static install(): RoundTripCounter {
    const counter = new RoundTripCounter();
    counter.wrapRedis();
    counter.wrapPg();
    return counter;
  }

  /** Counts what `work` and whatever it leaves running for `settleMs` afterwards sends. */
  async measure<T>(work: () => Promise<T>, settleMs = 30): Promise<{ result: T; tally: Tally }> {
    const tally: Tally = { redis: [], sql: [] };
    this.window = tally;
    this.pipelines.clear();
    try {
      const result = await work();
      // Work finished after the response (a reply hook, a fire-and-forget write) still counts.
      await sleep(settleMs);
      return { result, tally };
    } finally {
      this.window = null;
    }
  }

  uninstall(): void {
    for (const undo of this.restore.splice(0).reverse()) undo();
  }

  private wrapRedis(): void {
    const prototype = Redis.prototype as unknown as {
      sendCommand: (command: { name: string }, stream?: { isPipeline?: boolean }) => unknown;
    };
    const original = prototype.sendCommand;
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the wrapper needs both `this`es
    const counter = this;
    prototype.sendCommand = function (this: Redis, ...args: Parameters<typeof original>) {
      counter.onRedis(args[0].name, args[1]);
      return original.apply(this, args);
    };
    this.restore.push(() => (prototype.sendCommand = original));
  }

  private onRedis(name: string, stream: { isPipeline?: boolean } | undefined): void {
    const tally = this.window;
    if (!tally) return;
    const command = name.toUpperCase();
    if (!stream?.isPipeline) {
      tally.redis.push(command);
      return;
    }
    const index = this.pipelines.get(stream);
    if (index === undefined) {
      this.pipelines.set(stream, tally.redis.length);
      tally.redis.push(`pipeline(${command})`);
    } else {
      tally.redis[index] = tally.redis[index].replace(/\)$/, ` ${command})`);
    }
  }

  private wrapPg(): void {
    const prototype = Client.prototype as unknown as {
      query: (...args: unknown[]) => unknown;
    };
    const original = prototype.query;
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the wrapper needs both `this`es
    const counter = this;
    prototype.query = function (this: Client & { connectionParameters?: object }, ...args) {
      counter.onSql(this, args[0]);
      return original.apply(this, args);
    };
    this.restore.push(() => (prototype.query = original));
  }

  private onSql(client: { connectionParameters?: object }, query: unknown): void {
    const tally = this.window;
    if (!tally) return;
    const parameters = client.connectionParameters as { application_name?: string } | undefined;
    if (BACKGROUND_APPLICATION_NAME.test(parameters?.application_name ?? '')) return;
    const text =
      typeof query === 'string' ? query : String((query as { text?: unknown } | null)?.text);
    tally.sql.push(text.replace(/\s+/g, ' ').trim().slice(0, 120));
  }
}

/** Every route Fastify registers from now on, as `METHOD pattern` (HEAD copies of GETs left out). */
export function recordRegisteredRoutes(): { routes: Set<string>; stop: () => void } {
  const routes = new Set<string>();
  // Fastify routes through find-my-way; its `on` is the one place every route passes, controllers'
  // and plugins' alike, with the pattern exactly as requests are matched against it.
  const prototype = FindMyWay.prototype as unknown as {
    on: (method: string | string[], path: string, ...rest: unknown[]) => unknown;
  };
  const original = prototype.on;
  prototype.on = function (this: unknown, ...args: Parameters<typeof original>) {
    const [method, path] = args;
    const methods = [method].flat();
    // Every method at once is a catch-all (the not-found handler): one entry, `ALL`.
    if (methods.length > 10) routes.add(`ALL ${path}`);
    else for (const one of methods) if (one !== 'HEAD') routes.add(`${one} ${path}`);
    return original.apply(this, args);
  };
  return { routes, stop: () => (prototype.on = original) };
}

/** Why `tally` breaks `budget` for `route`, or nothing when it fits. */
export function overBudget(route: string, budget: RoundTripBudget, tally: Tally): string[] {
  const problems: string[] = [];
  if (tally.redis.length > budget.redis)
    problems.push(
      `${route}: ${tally.redis.length} Redis round trips, budget ${budget.redis}: ${tally.redis.join(', ')}`,
    );
  if (tally.sql.length > budget.sql)
    problems.push(
      `${route}: ${tally.sql.length} SQL statements, budget ${budget.sql}:\n  ${tally.sql.join('\n  ')}`,
    );
  return problems;
}
