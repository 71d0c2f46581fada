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
const SETTINGS = ['--workspaces', '6', '--facts', '6000', '--tasks', '1500'];

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
    run(process.execPath, [SEED, ...SETTINGS, ...args], {
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

    await expectTasksLikeATeams(token, biggest);

    const again = await seed();
    expect(again.stdout).toContain('nothing to do');
    expect(await seededFacts()).toEqual(facts);
  }, 180_000);

  /** Tasks with every field the task views filter on, comments, and the API serving them. */
  async function expectTasksLikeATeams(token: string, biggest: string) {
    const [shape] = await dataSource.query(
      `SELECT count(*)::int AS tasks,
              count(*) FILTER (WHERE t.due_at IS NOT NULL)::int AS due,
              count(*) FILTER (WHERE t.due_at < now() AND t.status = 'open')::int AS overdue,
              count(DISTINCT t.priority)::int AS priorities,
              count(*) FILTER (WHERE t.status = 'done')::int AS done,
              count(*) FILTER (WHERE f.task_id IS NULL)::int AS without_fact,
              (SELECT count(*)::int FROM projects.task_labels tl
                 JOIN projects.tasks x ON x.id = tl.task_id
                 JOIN identity.workspaces xw ON xw.id = x.workspace_id
                WHERE xw.name LIKE 'Large seed %') AS labelled,
              (SELECT count(*)::int FROM projects.comments c
                 JOIN identity.workspaces cw ON cw.id = c.workspace_id
                WHERE cw.name LIKE 'Large seed %') AS comments
         FROM projects.tasks t
         JOIN identity.workspaces w ON w.id = t.workspace_id
         LEFT JOIN analytics.task_facts f ON f.task_id = t.id AND f.workspace_id = t.workspace_id
        WHERE w.name LIKE 'Large seed %'`,
    );
    expect(shape).toMatchObject({ tasks: 1500, priorities: 5, without_fact: 0 });
    expect(shape.due).toBeGreaterThan(shape.tasks / 2);
    expect(shape.overdue).toBeGreaterThan(0);
    expect(shape.done).toBeGreaterThan(shape.tasks / 2); // the facts' 70 % completed
    expect(shape.labelled).toBeGreaterThan(shape.tasks / 3);
    expect(shape.comments).toBeGreaterThan(shape.tasks / 3);

    // The workspace view serves them: by label, and searched in a comment's words.
    const [label] = await dataSource.query(
      `SELECT l.id, count(*)::int AS tasks FROM projects.labels l
         JOIN projects.task_labels tl ON tl.label_id = l.id
        WHERE l.workspace_id = $1 GROUP BY l.id ORDER BY tasks DESC LIMIT 1`,
      [biggest],
    );
    const [comment] = await dataSource.query(
      `SELECT task_id, body FROM projects.comments WHERE workspace_id = $1 LIMIT 1`,
      [biggest],
    );
    const view = (query: string) =>
      waitFor(`the task view ${query} from a replica with the seeded tasks`, async () => {
        const response = await web.http
          .get(`/v1/workspaces/${biggest}/tasks?${query}`)
          .set(bearer(token));
        return response.status === 200 && response.body.items.length > 0 ? response : undefined;
      });
    const byLabel = await view(`labelId=${label.id}&limit=100`);
    expect(byLabel.body.items.length).toBe(Math.min(100, label.tasks));
    const words = (comment.body as string).split(' ').slice(0, 3).join(' ');
    const searched = await view(`q=${encodeURIComponent(`"${words}"`)}&limit=100`);
    expect(searched.body.items.map((task: { id: string }) => task.id)).toContain(comment.task_id);
  }

  it('refuses other settings on a seeded database, and says how to start over', async () => {
    for (const settings of [
      ['--workspaces', '3', '--facts', '300'],
      ['--workspaces', '6', '--facts', '6000', '--tasks', '100'],
    ]) {
      await expect(
        run(process.execPath, [SEED, ...settings], {
          env: { ...process.env, DB_PRIMARY_URL: web.config.database.primaryUrl },
        }),
      ).rejects.toMatchObject({ stderr: expect.stringContaining('--reset') });
    }
  });

  it('wipes its tasks, labels and comments with the rest', async () => {
    const seeded = (await seededFacts()).map((row) => row.workspace_id);
    expect(seeded).toHaveLength(6);
    await seed('--wipe');
    const [left] = await dataSource.query(
      `SELECT (SELECT count(*)::int FROM projects.tasks WHERE workspace_id = ANY($1)) AS tasks,
              (SELECT count(*)::int FROM projects.labels WHERE workspace_id = ANY($1)) AS labels,
              (SELECT count(*)::int FROM projects.comments WHERE workspace_id = ANY($1)) AS comments,
              (SELECT count(*)::int FROM media.known_tasks WHERE workspace_id = ANY($1)) AS media,
              (SELECT count(*)::int FROM identity.workspaces WHERE id = ANY($1)) AS workspaces`,
      [seeded],
    );
    expect(left).toEqual({ tasks: 0, labels: 0, comments: 0, media: 0, workspaces: 0 });
  }, 120_000);
});
