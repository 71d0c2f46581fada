import type { ModuleName } from '../../src/infrastructure/config/module-names';
import { isAnalyticsPath } from './analytics-paths';
import type { NodeProcess } from './node-process';
import { RoundRobinBalancer } from './round-robin-balancer';
import { startTenfold, type TenfoldKind } from './tenfold-process';

// Readiness checks Postgres, Redis and S3: probing more often adds load of its own.
const HEALTH_INTERVAL_MS = 250;
// Long enough for the balancer's two failed checks in a row, with room for a slow one.
const DRAIN_DELAY_MS = 1_500;

/**
 * HOSTED_MODULES for web and workers when analytics runs on its own. The harness takes only types
 * from src/ (README); the `satisfies` makes a module added to MODULE_NAMES a compile error here.
 */
const WITHOUT_ANALYTICS = Object.keys({
  system: true,
  identity: true,
  projects: true,
  billing: true,
  notifications: true,
  onboarding: true,
  webhooks: true,
  media: true,
} satisfies Record<Exclude<ModuleName, 'analytics'>, true>);

export interface ClusterOptions {
  /** Web instances, default 2. */
  web?: number;
  /** Worker instances, default 2. */
  workers?: number;
  /**
   * Analytics service instances, default 0 (web and workers host analytics). With one or more,
   * web and workers leave analytics out, events go over RabbitMQ, and the balancer sends the
   * analytics paths (analytics-paths.ts) to these instances.
   */
  analytics?: number;
  env?: Record<string, string>;
  webEnv?: Record<string, string>;
  workerEnv?: Record<string, string>;
  analyticsEnv?: Record<string, string>;
  healthIntervalMs?: number;
  /** Keep the instances' stdout lines (default true); the bench does not read them. */
  captureLogs?: boolean;
}

/** One instance of the cluster: a tenfold process named web-1, worker-2, analytics-1, … */
export type Instance = NodeProcess & {
  readonly kind: TenfoldKind;
  readonly env: Record<string, string>;
};

type Launch = (
  kind: TenfoldKind,
  name: string,
  env: Record<string, string>,
  port?: number,
) => Promise<Instance>;

/**
 * N web and M worker processes (and K analytics services) from the build, on the local stack, behind a round-robin balancer
 * (round-robin-balancer.ts) in this process. Used by test/scaling and `npm run bench scale`.
 *
 * Instances inherit this process's environment (a test file's databases, Redis prefix, broker
 * prefix and LOG_LEVEL), then `env`, then `webEnv` / `workerEnv`. Web instances get
 * SHUTDOWN_DRAIN_DELAY_MS so that a SIGTERMed one leaves the rotation before it stops listening.
 */
export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const {
    web = 2,
    workers = 2,
    env = {},
    webEnv = {},
    workerEnv = {},
    analytics = 0,
    analyticsEnv = {},
    healthIntervalMs = HEALTH_INTERVAL_MS,
    captureLogs = true,
  } = options;
  const instances: Instance[] = [];
  const launch: Launch = (kind, name, instanceEnv, port) =>
    startTenfold(kind, {
      name,
      port,
      // Inherited, as before the harness had a default: a test file runs its cluster silent.
      logLevel: process.env.LOG_LEVEL ?? 'info',
      env: instanceEnv,
      stdout: captureLogs ? 'capture' : 'ignore',
    }).then((started) => Object.assign(started, { kind, env: instanceEnv }));
  const start = async (kind: TenfoldKind, index: number, instanceEnv: Record<string, string>) => {
    instances.push(await launch(kind, `${kind}-${index}`, instanceEnv));
  };
  const split: Record<string, string> =
    analytics > 0
      ? {
          EVENT_TRANSPORT: 'rabbitmq',
          HOSTED_MODULES: WITHOUT_ANALYTICS.join(','),
        }
      : {};
  // As behind a production balancer: request.ip is the client's, not the balancer's.
  const behindBalancer = {
    SHUTDOWN_DRAIN_DELAY_MS: String(DRAIN_DELAY_MS),
    HTTP_TRUST_PROXY: '127.0.0.1',
  };
  try {
    for (let index = 1; index <= web; index += 1) {
      await start('web', index, { ...behindBalancer, ...split, ...env, ...webEnv });
    }
    for (let index = 1; index <= workers; index += 1) {
      await start('worker', index, { ...split, ...env, ...workerEnv });
    }
    for (let index = 1; index <= analytics; index += 1) {
      await start('analytics', index, { ...behindBalancer, ...split, ...env, ...analyticsEnv });
    }
    await Promise.all(instances.map((instance) => instance.waitUntilReady()));
    const upstreamsOf = (kind: TenfoldKind) =>
      instances
        .filter((instance) => instance.kind === kind)
        .map(({ name, origin }) => ({ name, origin }));
    const balancer = await RoundRobinBalancer.start({
      upstreams: upstreamsOf('web'),
      routes:
        analytics > 0 ? [{ upstreams: upstreamsOf('analytics'), matches: isAnalyticsPath }] : [],
      healthIntervalMs,
    });
    return new Cluster(balancer, instances, launch);
  } catch (error) {
    await Promise.all(instances.map((instance) => instance.stop()));
    throw error;
  }
}

export class Cluster {
  constructor(
    readonly balancer: RoundRobinBalancer,
    readonly instances: Instance[],
    private readonly launch: Launch,
  ) {}

  /** The balancer's address: what clients use. */
  get url(): string {
    return this.balancer.url;
  }

  get web(): Instance[] {
    return this.instances.filter((instance) => instance.kind === 'web');
  }

  get workers(): Instance[] {
    return this.instances.filter((instance) => instance.kind === 'worker');
  }

  get analytics(): Instance[] {
    return this.instances.filter((instance) => instance.kind === 'analytics');
  }

  /**
   * Starts an instance that exited (killed by a test) again, on its port and with its
   * environment, so that the balancer finds it where it was; resolves once it is ready.
   */
  async restart(name: string): Promise<Instance> {
    const old = this.instance(name);
    await old.exited;
    const started = await this.launch(old.kind, old.name, old.env, old.port);
    this.instances.splice(this.instances.indexOf(old), 1, started);
    await started.waitUntilReady();
    return started;
  }

  instance(name: string): Instance {
    const found = this.instances.find((instance) => instance.name === name);
    if (!found) throw new Error(`no instance named ${name}`);
    return found;
  }

  /** Stops the balancer and every instance (SIGTERM, SIGKILL after graceMs). */
  async stop(graceMs = 15_000): Promise<void> {
    await this.balancer.close();
    await Promise.all(this.instances.map((instance) => instance.stop(graceMs)));
  }
}
