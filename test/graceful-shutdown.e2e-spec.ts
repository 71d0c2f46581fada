import type { NodeProcess } from './harness/node-process';
import { startTenfold } from './harness/tenfold-process';
import { adminAuthorization, testConfig } from './support/test-config';
import { waitFor } from './support/wait-for';
import { startWorker } from './support/worker-process';

describe('graceful shutdown', () => {
  const config = testConfig();
  const admin = adminAuthorization(config);
  let web: NodeProcess;
  let baseUrl: string;
  const spawned: NodeProcess[] = [];

  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${baseUrl}${path}`, {
      ...init,
      headers: { Authorization: admin, 'Content-Type': 'application/json', ...init.headers },
    });
  const requestHeartbeat = async (holdMs: number): Promise<string> => {
    const response = await api('/v1/system/heartbeats', {
      method: 'POST',
      body: JSON.stringify({ holdMs }),
    });
    expect(response.status).toBe(202);
    return response.headers.get('location') ?? '';
  };
  const jobStatus = async (location: string) =>
    (await (await api(location)).json()) as { state: string; progress: number; result: unknown };

  beforeAll(async () => {
    web = await startTenfold('web');
    baseUrl = web.origin;
    await web.waitUntilReady();
  });
  afterAll(async () => {
    await Promise.all(spawned.map((child) => child.stop()));
    await web.stop();
  });

  it('worker: SIGTERM during a job lets the job finish before exiting', async () => {
    const { worker } = await startWorker({ SHUTDOWN_GRACE_MS: '10000' });
    spawned.push(worker);
    const location = await requestHeartbeat(2500);
    await waitFor('the job to run', async () =>
      (await jobStatus(location)).state === 'active' ? true : undefined,
    );

    worker.signal('SIGTERM');
    expect((await worker.exited).code).toBe(0);
    expect(await jobStatus(location)).toMatchObject({ state: 'completed', progress: 100 });
  });

  it('worker: past the grace period the job is handed back, and another worker completes it', async () => {
    const { worker: impatient } = await startWorker({ SHUTDOWN_GRACE_MS: '300' });
    spawned.push(impatient);
    const location = await requestHeartbeat(5000);
    await waitFor('the job to run', async () =>
      (await jobStatus(location)).state === 'active' ? true : undefined,
    );

    impatient.signal('SIGTERM');
    // With its shutdown log, so that an exit 1 says which way it went (timer or failed close).
    const exit = await impatient.exited;
    expect({ code: exit.code, log: shutdownLogOf(impatient) }).toMatchObject({ code: 0 });
    expect((await jobStatus(location)).state).toBe('waiting');

    const { worker: successor } = await startWorker();
    spawned.push(successor);
    const finished = await waitFor(
      'the successor to complete the job',
      async () => {
        const status = await jobStatus(location);
        return status.state === 'completed' ? status : undefined;
      },
      20_000,
    );
    expect(finished.result).toMatchObject({
      processedBy: expect.stringMatching(new RegExp(`:${successor.pid}$`)),
    });
  });

  it('web: SIGTERM during a slow request lets it complete, then refuses new connections', async () => {
    const { worker } = await startWorker();
    spawned.push(worker);
    const location = await requestHeartbeat(1500);
    const slowRequest = api(`${location}?waitMs=10000`);
    await new Promise((resolve) => setTimeout(resolve, 300));

    web.signal('SIGTERM');
    const response = await slowRequest;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { state: string }).state).toBe('completed');
    const exitCode = (await web.exited).code;
    if (exitCode !== 0) console.log(web.stdoutLines.slice(-8).join('\n'), web.stderr);
    expect(exitCode).toBe(0);
    await expect(fetch(`${baseUrl}/health/live`)).rejects.toThrow();
  });
});

/** What the process logged about its shutdown (context Shutdown), and its stderr tail. */
function shutdownLogOf(child: NodeProcess): string[] {
  const lines = child
    .logLines()
    .filter((line) => line.context === 'Shutdown')
    .map((line) => String(line.msg));
  return child.stderr ? [...lines, child.stderr] : lines;
}
