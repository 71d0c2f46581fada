import { join } from 'node:path';

import { NodeProcess, type NodeProcessOptions } from './node-process';
import { REPO_ROOT } from './repo-root';

/** The analytics module as its own service (src/services/analytics.ts) is the third kind. */
export type TenfoldKind = 'web' | 'worker' | 'analytics';

const ENTRY: Record<TenfoldKind, string> = {
  web: 'src/main.js',
  worker: 'src/worker.js',
  analytics: 'src/services/analytics.js',
};
const PORT_VARIABLE: Record<TenfoldKind, string> = {
  web: 'HTTP_PORT',
  worker: 'WORKER_HTTP_PORT',
  analytics: 'HTTP_PORT',
};

export interface TenfoldOptions extends Omit<
  NodeProcessOptions,
  'script' | 'portVariable' | 'name'
> {
  /** Default: the kind. */
  name?: string;
  /**
   * LOG_LEVEL, under `env`; default 'info'. Tests read the log lines, and the test process itself
   * runs with LOG_LEVEL=silent (test/support/worker-environment.ts), which a child would inherit.
   */
  logLevel?: string;
  /** The build to run; default <repo>/dist (test/media runs a build elsewhere). */
  dist?: string;
}

/**
 * Starts a tenfold web process (listening on HTTP_PORT), worker (its health and metrics on
 * WORKER_HTTP_PORT) or the analytics service (its API on HTTP_PORT) from the build, as production
 * runs it; does not wait (waitUntilReady).
 */
export function startTenfold(
  kind: TenfoldKind,
  {
    name = kind,
    logLevel = 'info',
    dist = join(REPO_ROOT, 'dist'),
    env,
    ...options
  }: TenfoldOptions = {},
): Promise<NodeProcess> {
  return NodeProcess.start({
    ...options,
    name,
    script: join(dist, ENTRY[kind]),
    portVariable: PORT_VARIABLE[kind],
    env: { LOG_LEVEL: logLevel, ...env },
  });
}
