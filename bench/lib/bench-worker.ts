import { fromBuild } from './build';

type RunWorker = typeof import('../../src/app/run-worker');
type LoadConfig = typeof import('../../src/infrastructure/config/load-config');
export type TenfoldConfig = ReturnType<LoadConfig['loadConfig']>;
export type RunWorkerOptions = import('../../src/app/run-worker').RunWorkerOptions;

/**
 * A bench server that is tenfold's real worker (dist/) plus the bench's own parts: the config from
 * the environment, parsed by tenfold's loader (a bad value ends the process with its message), then
 * runWorker() with what `extras` adds. `name` says who failed to start.
 */
export function runBenchWorker(
  name: string,
  extras: (config: TenfoldConfig) => RunWorkerOptions,
): void {
  const { runWorker } = fromBuild<RunWorker>('app/run-worker');
  const { loadConfig } = fromBuild<LoadConfig>('infrastructure/config/load-config');
  let config: TenfoldConfig;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  runWorker(config, extras(config)).catch((error: Error) => {
    console.error(`${name} failed to start: ${error.message}`);
    process.exit(1);
  });
}
