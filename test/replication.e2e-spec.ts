import { randomUUID } from 'node:crypto';

import { DataSource } from 'typeorm';

import { collectReadRoutes, type ReadRoute } from '../src/infrastructure/database/read-route';
import { ReplicaReads } from '../src/infrastructure/database/replica-reads';
import { testConfig } from './support/test-config';
import { waitFor } from './support/wait-for';
import { WebAppUnderTest } from './support/web-app-under-test';

describe('Postgres streaming replication, as the read router uses it', () => {
  let web: WebAppUnderTest;

  beforeAll(async () => (web = await WebAppUnderTest.start(testConfig())));
  afterAll(() => web.close());

  const routed = async <T>(work: (source: DataSource['manager']) => Promise<T>) => {
    const routes: ReadRoute[] = [];
    const value = await collectReadRoutes(routes, () =>
      web.app.get(ReplicaReads).run({ actorId: null }, work),
    );
    return { value, routes };
  };

  it('writes on the primary and routes opted-in reads to a hot standby', async () => {
    const [primary] = await web.app.get(DataSource).query('SELECT pg_is_in_recovery() AS standby');
    expect(primary.standby).toBe(false);
    const replica = new URL(web.config.database.replicaUrls[0]);
    const { value, routes } = await waitFor('a read routed to the replica', async () => {
      const read = await routed((manager) =>
        manager.query('SELECT pg_is_in_recovery() AS standby'),
      );
      return read.routes[0].server === 'primary' ? undefined : read;
    });
    expect(value[0].standby).toBe(true);
    expect(routes).toEqual([
      { server: `${replica.hostname}:${replica.port}`, reason: 'no-recent-writes' },
    ]);
  });

  it('makes a row written through the primary readable on the replica', async () => {
    const jobId = `replication-${randomUUID()}`;
    await web.app
      .get(DataSource)
      .query(`INSERT INTO system.heartbeats (job_id, requested_at) VALUES ($1, now())`, [jobId]);
    const row = await waitFor('the row on the replica', async () => {
      const { value, routes } = await routed((manager) =>
        manager.query('SELECT job_id FROM system.heartbeats WHERE job_id = $1', [jobId]),
      );
      return routes[0].server !== 'primary' ? value[0] : undefined;
    });
    expect(row.job_id).toBe(jobId);
  });
});
