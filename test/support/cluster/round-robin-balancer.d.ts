export interface Upstream {
  name: string;
  /** e.g. http://127.0.0.1:3000 */
  origin: string;
}

export interface BalancerOptions {
  upstreams: Upstream[];
  /** 0 (default): a free port. */
  port?: number;
  /** Default /health/ready. */
  healthPath?: string;
  /** Default 100 ms. */
  healthIntervalMs?: number;
  /** Failed health checks in a row that take an upstream out; default 2. */
  fails?: number;
  maxBodyBytes?: number;
  upstreamTimeoutMs?: number;
}

export interface BalancerStats {
  /** Responses per upstream. */
  answered: Record<string, number>;
  /** Requests sent to each upstream and not yet answered in full, now. */
  inFlight: Record<string, number>;
  /** Requests sent to another upstream because the first never reached its app. */
  resent: number;
  /** Requests the balancer itself answered with 502/504. */
  failed: number;
  /** Requests sent while no upstream was healthy (then every upstream is tried). */
  panicked: number;
}

export interface HealthTransition {
  upstream: string;
  healthy: boolean;
  at: number;
}

export class RoundRobinBalancer {
  static start(options: BalancerOptions): Promise<RoundRobinBalancer>;
  readonly url: string;
  readonly stats: BalancerStats;
  readonly transitions: HealthTransition[];
  isHealthy(name: string): boolean;
  setHealthy(name: string, healthy: boolean): void;
  close(): Promise<void>;
}
