import 'reflect-metadata';

import { loadConfigOrExit } from './app/load-config-or-exit';
import { runWorker } from './app/run-worker';

void runWorker(loadConfigOrExit()).catch((error: unknown) => {
  console.error(`worker failed to start: ${(error as Error).message}`);
  process.exit(1);
});
