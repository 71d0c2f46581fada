import { freePort } from './free-port';
import { TenfoldProcess } from './tenfold-process';

/** A web process and a worker serving the email queue, both started from the build. */
export interface WebAndMailWorker {
  web: TenfoldProcess;
  worker: TenfoldProcess;
  baseUrl: string;
  stop(): Promise<void>;
}

export async function startWebAndMailWorker(
  env: Record<string, string> = {},
): Promise<WebAndMailWorker> {
  const [port, workerPort] = [await freePort(), await freePort()];
  const baseUrl = `http://127.0.0.1:${port}`;
  const web = TenfoldProcess.start('web', { ...env, HTTP_PORT: String(port) });
  const worker = TenfoldProcess.start('worker', {
    ...env,
    WORKER_HTTP_PORT: String(workerPort),
    WORKER_QUEUES: 'email',
  });
  const stop = async () => {
    await worker.stop();
    await web.stop();
  };
  try {
    await web.waitUntilReady(baseUrl);
    await worker.waitUntilReady(`http://127.0.0.1:${workerPort}`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { web, worker, baseUrl, stop };
}
