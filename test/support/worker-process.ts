import type { NodeProcess } from '../harness/node-process';
import { startTenfold } from '../harness/tenfold-process';

/** Starts a worker process (from dist/) on a free health port and waits until it consumes. */
export async function startWorker(env: Record<string, string> = {}): Promise<{
  worker: NodeProcess;
  healthUrl: string;
}> {
  const worker = await startTenfold('worker', { env });
  await worker.waitUntilReady();
  return { worker, healthUrl: worker.origin };
}
