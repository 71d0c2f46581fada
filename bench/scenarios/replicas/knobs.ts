import { readWholeNumbers, type WholeNumber } from '../../lib/settings';

// The `replicas` scenario's own knobs, on top of the shared ones (lib/settings.ts): read here so
// that the other scenarios' settings stay as they are.
const KNOBS: Record<'rate' | 'reportClients' | 'reportWorkspaces', WholeNumber> = {
  rate: { variable: 'BENCH_REPLICAS_RATE', default: 40, least: 1, most: 500 },
  reportClients: { variable: 'BENCH_REPORT_CLIENTS', default: 2, least: 1, most: 64 },
  reportWorkspaces: { variable: 'BENCH_REPORT_WORKSPACES', default: 3, least: 1, most: 50 },
};
// {workspace} is replaced by each report workspace's id. Overridable so that the method can be
// smoke-tested against another read endpoint while the reports endpoint is being built.
const DEFAULT_REPORT_PATH = '/v1/workspaces/{workspace}/analytics/reports?days=30';

export interface ReplicasKnobs {
  rate: number;
  reportClients: number;
  reportWorkspaces: number;
  reportPath: string;
  password: string;
}

/** Resolves the knobs, or throws with every problem at once. */
export function readReplicasKnobs(env: NodeJS.ProcessEnv = process.env): ReplicasKnobs {
  const reportPath = env.BENCH_REPORT_PATH || DEFAULT_REPORT_PATH;
  const problems =
    !reportPath.startsWith('/') || !reportPath.includes('{workspace}')
      ? ['BENCH_REPORT_PATH must start with / and contain {workspace}']
      : [];
  return {
    ...readWholeNumbers(KNOBS, env, problems),
    reportPath,
    password: env.LARGE_SEED_PASSWORD || 'tenfold-demo-password',
  };
}

/** The knobs as the raw record keeps them: without the password. */
export type ShownKnobs = Omit<ReplicasKnobs, 'password'> & { password?: undefined };

export function shownKnobs(knobs: ReplicasKnobs): ShownKnobs {
  return { ...knobs, password: undefined };
}
