import { DataSource } from 'typeorm';

import { buildDataSourceOptions } from '../src/infrastructure/database/data-source-options';
import type { NodeProcess } from './harness/node-process';
import { adminAuthorization, testConfig } from './support/test-config';
import { waitFor } from './support/wait-for';
import { WebAppUnderTest } from './support/web-app-under-test';
import { startWorker } from './support/worker-process';

describe('a job enqueued through web is processed by a separately started worker', () => {
  let web: WebAppUnderTest;
  let worker: NodeProcess;
  let workerHealth: string;
  let dataSource: DataSource;
  let admin: string;

  beforeAll(async () => {
    const config = testConfig();
    web = await WebAppUnderTest.start(config);
    admin = adminAuthorization(config);
    ({ worker, healthUrl: workerHealth } = await startWorker({ WORKER_QUEUES: 'system' }));
    dataSource = new DataSource(buildDataSourceOptions(config, 'round-trip-test'));
    await dataSource.initialize();
  });
  afterAll(async () => {
    await worker?.stop();
    await web?.close();
    await dataSource?.destroy();
  });

  it('answers 202 with a Location, and the worker writes the result the web reads back', async () => {
    const accepted = await web.http
      .post('/v1/system/heartbeats')
      .set('Authorization', admin)
      .send({ holdMs: 200 });
    expect(accepted.status).toBe(202);
    expect(accepted.headers.location).toBe(`/v1/system/heartbeats/${accepted.body.id}`);

    const done = await web.http
      .get(`${accepted.headers.location}?waitMs=15000`)
      .set('Authorization', admin);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ id: accepted.body.id, state: 'completed', progress: 100 });
    // Processed in the worker process, not in this test process that hosts the web app.
    expect(done.body.result.processedBy).toMatch(new RegExp(`:${worker.pid}$`));

    const rows = await dataSource.query(
      'SELECT processed_by FROM system.heartbeats WHERE id = $1',
      [done.body.result.heartbeatId],
    );
    expect(rows).toEqual([{ processed_by: done.body.result.processedBy }]);
  });

  it('reports progress while the job runs', async () => {
    const accepted = await web.http
      .post('/v1/system/heartbeats')
      .set('Authorization', admin)
      .send({ holdMs: 2000 });
    const running = await waitFor('progress between 0 and 100', async () => {
      const status = await web.http.get(accepted.headers.location).set('Authorization', admin);
      return status.body.state === 'active' &&
        status.body.progress > 0 &&
        status.body.progress < 100
        ? status.body
        : undefined;
    });
    expect(running.result).toBeNull();
  });

  it('exposes worker health and job metrics on the worker port', async () => {
    const ready = await fetch(`${workerHealth}/health/ready`);
    expect(ready.status).toBe(200);
    const metrics = await (await fetch(`${workerHealth}/metrics`)).text();
    expect(metrics).toMatch(/tenfold_process_cpu_seconds_total/);
    expect(metrics).toMatch(/tenfold_queue_jobs\{queue="system",state="completed"\} [1-9]/);
  });
});

describe('a worker told to serve other queues', () => {
  let web: WebAppUnderTest;
  let worker: NodeProcess;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig());
    ({ worker } = await startWorker({ WORKER_QUEUES: 'email,media' }));
  });
  afterAll(async () => {
    await worker?.stop();
    await web?.close();
  });

  it('leaves system jobs waiting', async () => {
    const admin = adminAuthorization(web.config);
    const accepted = await web.http
      .post('/v1/system/heartbeats')
      .set('Authorization', admin)
      .send({});
    const status = await web.http
      .get(`${accepted.headers.location}?waitMs=1500`)
      .set('Authorization', admin);
    expect(status.body.state).toBe('waiting');
  });
});
