import type { InstanceProcess } from './instance-process';
import type { RoundRobinBalancer } from './round-robin-balancer';

export interface ClusterOptions {
  /** Web instances, default 2. */
  web?: number;
  /** Worker instances, default 2. */
  workers?: number;
  env?: Record<string, string>;
  webEnv?: Record<string, string>;
  workerEnv?: Record<string, string>;
  healthIntervalMs?: number;
  captureLogs?: boolean;
}

export class Cluster {
  readonly balancer: RoundRobinBalancer;
  readonly instances: InstanceProcess[];
  /** The balancer's address: what clients use. */
  readonly url: string;
  readonly web: InstanceProcess[];
  readonly workers: InstanceProcess[];
  instance(name: string): InstanceProcess;
  stop(graceMs?: number): Promise<void>;
}

export function startCluster(options?: ClusterOptions): Promise<Cluster>;

/** A loopback port that was free a moment ago. */
export function freePort(): Promise<number>;
