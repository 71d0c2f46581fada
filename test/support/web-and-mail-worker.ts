import type { NodeProcess } from '../harness/node-process';
import { startTenfold } from '../harness/tenfold-process';

/** A web process and a worker serving the email queue, both started from the build. */
export interface WebAndMailWorker {
  web: NodeProcess;
  worker: NodeProcess;
  baseUrl: string;
  stop(): Promise<void>;
}

export async function startWebAndMailWorker(
  env: Record<string, string> = {},
): Promise<WebAndMailWorker> {
  const web = await startTenfold('web', { env });
  const worker = await startTenfold('worker', { env: { ...env, WORKER_QUEUES: 'email' } });
  const stop = async () => {
    await worker.stop();
    await web.stop();
  };
  try {
    await web.waitUntilReady();
    await worker.waitUntilReady();
  } catch (error) {
    await stop();
    throw error;
  }
  return { web, worker, baseUrl: web.origin, stop };
}
