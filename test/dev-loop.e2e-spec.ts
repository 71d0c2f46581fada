import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { freePort } from './harness/free-port';
import { NodeProcess } from './harness/node-process';
import { REPO_ROOT } from './harness/repo-root';
import { waitFor } from './support/wait-for';

/** How many times the dev loop has (re)started the web process: its "Starting Nest" lines. */
const webStarts = (dev: NodeProcess) =>
  dev.stdoutLines.filter((line) => /\[web\] NestFactory: Starting Nest application/.test(line))
    .length;

/**
 * npm run dev (scripts/dev.mjs): one SWC watch build into dist-dev/, web and worker restarted
 * together after each compile, `.env` read, logs pretty-printed.
 */
describe('the dev loop (npm run dev)', () => {
  let dev: NodeProcess;
  let dir: string;
  let workerPort: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tenfold-dev-'));
    workerPort = await freePort();
    // The worker's port comes only from the env file: the worker listening there proves it is read.
    const envFile = join(dir, '.env');
    writeFileSync(envFile, `WORKER_HTTP_PORT=${workerPort}\n`);
    // The test process runs with LOG_LEVEL=silent, which its children would inherit.
    const env = { TENFOLD_ENV_FILE: envFile, LOG_LEVEL: 'info' };
    dev = await NodeProcess.start({
      name: 'dev',
      script: join(REPO_ROOT, 'scripts', 'dev.mjs'),
      serverInAChildProcess: true,
      env,
    });
  }, 30_000);

  const workerReady = () =>
    waitFor(
      'the worker on the port of the env file',
      async () =>
        (await fetch(`http://127.0.0.1:${workerPort}/health/ready`)).ok ? true : undefined,
      60_000,
      500,
    );

  afterAll(async () => {
    await dev?.stop(30_000);
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts web and worker from source, with the env file and readable logs', async () => {
    await dev.waitUntilReady({ timeoutMs: 150_000 });
    await workerReady();
    const web = dev.stdoutLines.find((line) => line.includes('[web] NestFactory'));
    expect(web).toMatch(/^\[[\d:.]+\] INFO: \[web\] NestFactory: Starting Nest application/);
    expect(dev.stdoutLines.some((line) => line.includes('[worker] '))).toBe(true);
    // Pretty, not JSON: the dev loop's output is for people.
    expect(dev.logLines()).toEqual([]);
  }, 240_000);

  it('recompiles and restarts both on a change to a source file', async () => {
    const before = webStarts(dev);
    const now = new Date();
    utimesSync(join(REPO_ROOT, 'src', 'app', 'api-prefix.ts'), now, now);
    await waitFor('a restart', () => (webStarts(dev) > before ? true : undefined), 60_000);
    expect(dev.stdoutLines).toContainEqual('[dev] rebuilt: restarting web and worker');
    await dev.waitUntilReady({ timeoutMs: 120_000 });
    await workerReady();
  }, 240_000);

  it('stops web, worker and the compiler on SIGTERM', async () => {
    const exit = await dev.stop(30_000);
    expect(exit).toEqual({ code: 0, signal: null });
    expect((await fetch(dev.origin).catch(() => null))?.status).toBeUndefined();
  }, 60_000);
});
