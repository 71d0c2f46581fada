import { freePort } from './harness/free-port';
import type { NodeProcess } from './harness/node-process';
import { startTenfold } from './harness/tenfold-process';
import { TcpProxy } from './support/tcp-proxy';
import { adminAuthorization, testConfig } from './support/test-config';
import { waitFor } from './support/wait-for';
import { WebAppUnderTest } from './support/web-app-under-test';

describe('a worker started before Postgres answers', () => {
  const config = testConfig();
  let web: WebAppUnderTest;
  let worker: NodeProcess;
  let proxy: TcpProxy | undefined;

  beforeAll(async () => (web = await WebAppUnderTest.start(config)));
  afterAll(async () => {
    await worker?.stop();
    await proxy?.cut();
    await web?.close();
  });

  it('serves health, consumes nothing until Postgres answers, then processes the waiting job', async () => {
    const primary = new URL(config.database.primaryUrl);
    const gatedPort = await freePort(); // nothing listens here yet: "Postgres is down"
    const gatedUrl = new URL(primary.href);
    gatedUrl.port = String(gatedPort);
    worker = await startTenfold('worker', { env: { DB_PRIMARY_URL: gatedUrl.href } });
    const healthUrl = worker.origin;

    await waitFor('worker liveness', async () =>
      (await fetch(`${healthUrl}/health/live`)).ok ? true : undefined,
    );
    const notReady = await fetch(`${healthUrl}/health/ready`);
    expect(notReady.status).toBe(503);
    const problem = (await notReady.json()) as { checks: { details: Record<string, unknown> } };
    expect(problem.checks.details.queues).toEqual({
      status: 'down',
      state: 'waiting-for-dependencies',
    });

    const admin = adminAuthorization(config);
    const accepted = await web.http
      .post('/v1/system/heartbeats')
      .set('Authorization', admin)
      .send({});
    const stillWaiting = await web.http
      .get(`${accepted.headers.location}?waitMs=1500`)
      .set('Authorization', admin);
    expect(stillWaiting.body.state).toBe('waiting');
    expect(worker.stdoutLines.join('\n')).toMatch(/waiting for dependencies: postgres/);

    proxy = await TcpProxy.start(primary.hostname, Number(primary.port), gatedPort);
    await worker.waitUntilReady();
    const done = await web.http
      .get(`${accepted.headers.location}?waitMs=15000`)
      .set('Authorization', admin);
    expect(done.body).toMatchObject({ state: 'completed', attemptsMade: 1 });
  });
});
