import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { DataSource } from 'typeorm';

import { bearer, logIn } from './harness/accounts';
import { testConfig } from './support/test-config';
import { waitFor } from './support/wait-for';
import { WebAppUnderTest } from './support/web-app-under-test';

const run = promisify(execFile);
const SEED = join(__dirname, '..', 'scripts', 'seed-large.js');
const PASSWORD = 'large-seed-test-password';

/** npm run seed:large, scaled down, into this test file's database. */
describe('large demo data (npm run seed:large)', () => {
  let web: WebAppUnderTest;
  let dataSource: DataSource;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig({ RATE_LIMIT_PER_MINUTE: '100000' }));
    dataSource = web.app.get(DataSource);
  });
  afterAll(() => web?.close());

  const seed = (...args: string[]) =>
    run(process.execPath, [SEED, '--workspaces', '6', '--facts', '6000', ...args], {
      env: {
        ...process.env,
        DB_PRIMARY_URL: web.config.database.primaryUrl,
        DB_REPLICA_URLS: web.config.database.replicaUrls.join(','),
        LARGE_SEED_PASSWORD: PASSWORD,
      },
      timeout: 120_000,
    });

  const seededFacts = async () => {
    const rows: { workspace_id: string; facts: number }[] = await dataSource.query(
      `SELECT f.workspace_id, count(*)::int AS facts
         FROM analytics.task_facts f JOIN identity.workspaces w ON w.id = f.workspace_id
        WHERE w.name LIKE 'Large seed %' GROUP BY f.workspace_id ORDER BY facts DESC`,
    );
    return rows;
  };

  it('seeds skewed workspaces an owner can log in to and report on, and is idempotent', async () => {
    const first = await seed();
    expect(first.stdout).toContain('seeded 6 workspace(s)');
    const facts = await seededFacts();
    expect(facts).toHaveLength(6);
    expect(facts.reduce((sum, row) => sum + row.facts, 0)).toBe(6000);
    expect(facts[0].facts).toBeGreaterThan(2 * facts[5].facts); // a few big, a tail of small

    // The seeded owner logs in through the API, and the biggest workspace's report adds up.
    const token = await logIn(web.http, 'large@demo.tenfold.dev', PASSWORD);
    const biggest = facts[0].workspace_id;
    const [{ completed }] = await dataSource.query(
      `SELECT count(*)::int AS completed FROM analytics.task_facts
        WHERE workspace_id = $1 AND completed_at >= date_trunc('day', now() - interval '29 days')
          AND completed_at <= now()`,
      [biggest],
    );
    expect(completed).toBeGreaterThan(0);
    const report = await waitFor('the report from a replica with the seeded facts', async () => {
      const response = await web.http
        .get(`/v1/workspaces/${biggest}/analytics/reports?days=30`)
        .set(bearer(token));
      return response.status === 200 && response.body.totals.completed === completed
        ? response
        : undefined;
    });
    expect(report.body.daily).toHaveLength(30);

    const again = await seed();
    expect(again.stdout).toContain('nothing to do');
    expect(await seededFacts()).toEqual(facts);
  }, 180_000);

  it('refuses other settings on a seeded database, and says how to start over', async () => {
    await expect(
      run(process.execPath, [SEED, '--workspaces', '3', '--facts', '300'], {
        env: { ...process.env, DB_PRIMARY_URL: web.config.database.primaryUrl },
      }),
    ).rejects.toMatchObject({ stderr: expect.stringContaining('--reset') });
  });
});
