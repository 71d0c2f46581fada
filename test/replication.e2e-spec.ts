import { randomUUID } from 'node:crypto';

import { DataSource } from 'typeorm';

import { buildDataSourceOptions } from '../src/infrastructure/database/data-source-options';
import { testConfig } from './support/test-config';
import { waitFor } from './support/wait-for';

describe('Postgres streaming replication through the TypeORM replication config', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = new DataSource(buildDataSourceOptions(testConfig(), 'replication-test'));
    await dataSource.initialize();
  });
  afterAll(() => dataSource.destroy());

  it('routes default queries to the primary and slave runners to a hot standby', async () => {
    const [primary] = await dataSource.query('SELECT pg_is_in_recovery() AS standby');
    expect(primary.standby).toBe(false);
    const runner = dataSource.createQueryRunner('slave');
    try {
      const [replica] = await runner.query('SELECT pg_is_in_recovery() AS standby');
      expect(replica.standby).toBe(true);
    } finally {
      await runner.release();
    }
  });

  it('makes a row written through the primary readable on the replica', async () => {
    const jobId = `replication-${randomUUID()}`;
    await dataSource.query(
      `INSERT INTO system.heartbeats (job_id, requested_at, processed_by) VALUES ($1, now(), 'replication-test')`,
      [jobId],
    );
    const runner = dataSource.createQueryRunner('slave');
    try {
      const row = await waitFor('the row on the replica', async () => {
        const rows = await runner.query('SELECT job_id FROM system.heartbeats WHERE job_id = $1', [
          jobId,
        ]);
        return rows[0];
      });
      expect(row.job_id).toBe(jobId);
    } finally {
      await runner.release();
    }
  });
});
