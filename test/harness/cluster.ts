import type { NodeProcess } from './node-process';
import { RoundRobinBalancer } from './round-robin-balancer';
import { startTenfold, type TenfoldKind } from './tenfold-process';

// Readiness checks Postgres, Redis and S3: probing more often adds load of its own.
const HEALTH_INTERVAL_MS = 250;
// Long enough for the balancer's two failed checks in a row, with room for a slow one.
const DRAIN_DELAY_MS = 1_500;

export interface ClusterOptions {
  /** Web instances, default 2. */
  web?: number;
  /** Worker instances, default 2. */
  workers?: number;
  env?: Record<string, string>;
  webEnv?: Record<string, string>;
  workerEnv?: Record<string, string>;
  healthIntervalMs?: number;
  /** Keep the instances' stdout lines (default true); the bench does not read them. */
  captureLogs?: boolean;
}

/** One instance of the cluster: a tenfold process named web-1, worker-2, … */
export type Instance = NodeProcess & { readonly kind: TenfoldKind };

/**
 * N web and M worker processes from the build, on the local stack, behind a round-robin balancer
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
    healthIntervalMs = HEALTH_INTERVAL_MS,
    captureLogs = true,
  } = options;
  const instances: Instance[] = [];
  const start = async (kind: TenfoldKind, index: number, instanceEnv: Record<string, string>) => {
    const started = await startTenfold(kind, {
      name: `${kind}-${index}`,
      // Inherited, as before the harness had a default: a test file runs its cluster silent.
      logLevel: process.env.LOG_LEVEL ?? 'info',
      env: instanceEnv,
      stdout: captureLogs ? 'capture' : 'ignore',
    });
    instances.push(Object.assign(started, { kind }));
  };
  try {
    for (let index = 1; index <= web; index += 1) {
      await start('web', index, {
        SHUTDOWN_DRAIN_DELAY_MS: String(DRAIN_DELAY_MS),
        // As behind a production balancer: request.ip is the client's, not the balancer's.
        HTTP_TRUST_PROXY: '127.0.0.1',
        ...env,
        ...webEnv,
      });
    }
    for (let index = 1; index <= workers; index += 1) {
      await start('worker', index, { ...env, ...workerEnv });
    }
    await Promise.all(instances.map((instance) => instance.waitUntilReady()));
    const balancer = await RoundRobinBalancer.start({
      upstreams: instances
        .filter((instance) => instance.kind === 'web')
        .map(({ name, origin }) => ({ name, origin })),
      healthIntervalMs,
    });
    return new Cluster(balancer, instances);
  } catch (error) {
    await Promise.all(instances.map((instance) => instance.stop()));
    throw error;
  }
}

export class Cluster {
  constructor(
    readonly balancer: RoundRobinBalancer,
    readonly instances: Instance[],
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
