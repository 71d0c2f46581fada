import { freePort } from './free-port';
import { TenfoldProcess } from './tenfold-process';

/** Starts a worker process (from dist/) on a free health port and waits until it consumes. */
export async function startWorker(env: Record<string, string> = {}): Promise<{
  worker: TenfoldProcess;
  healthUrl: string;
}> {
  const port = await freePort();
  const worker = TenfoldProcess.start('worker', { WORKER_HTTP_PORT: String(port), ...env });
  const healthUrl = `http://127.0.0.1:${port}`;
  await worker.waitUntilReady(healthUrl);
  return { worker, healthUrl };
}
