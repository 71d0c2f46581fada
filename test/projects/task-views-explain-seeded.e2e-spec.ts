import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { DataSource } from 'typeorm';

import { TASK_VIEW_SORTS, taskViewSortOf } from '../../src/modules/projects/domain/task-view-sort';
import type { TaskViewFilter } from '../../src/modules/projects/persistence/task-view.read';
import type { WebAppUnderTest } from '../support/web-app-under-test';
import { startWebApp } from './support/projects-world';
import { seqScansOf } from './support/query-plans';

const run = promisify(execFile);
const SEED = join(__dirname, '..', '..', 'scripts', 'seed-large.js');
// A fifth of the default volume, spread the same way (the largest workspace holds ≈ 10 % of the
// tasks): enough that reading tasks, comments or task_labels whole is the planner's worst option.
const SETTINGS = ['--workspaces', '200', '--facts', '60000', '--tasks', '60000'];

/**
 * The two task view queries that only realistic volume can prove, on `npm run seed:large` data in
 * this run's own database: a label filter (the label's task ids from task_labels_by_label alone)
 * and a search term found in comments (comments_search). Measured at the default volume in
 * docs/adr/0021-task-search.md.
 */
describe('workspace task views on seed:large data: label filter and comment search', () => {
  let web: WebAppUnderTest;
  let db: DataSource;
  let big: string;
  let labels: { common: string; rare: string };
  let commentTerm: string;

  const seed = (...args: string[]) =>
    run(process.execPath, [SEED, ...SETTINGS, ...args], {
      env: {
        ...process.env,
        DB_PRIMARY_URL: web.config.database.primaryUrl,
        DB_REPLICA_URLS: 'none',
      },
      timeout: 600_000,
    });

  beforeAll(async () => {
    web = await startWebApp();
    db = web.app.get(DataSource);
    await seed('--reset'); // whatever an aborted earlier run left
    [{ id: big }] = await db.query(
      `SELECT t.workspace_id AS id FROM projects.tasks t
         JOIN identity.workspaces w ON w.id = t.workspace_id AND w.name LIKE 'Large seed %'
        GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    );
    const byUse: { id: string }[] = await db.query(
      `SELECT l.id FROM projects.labels l JOIN projects.task_labels tl ON tl.label_id = l.id
        WHERE l.workspace_id = $1 GROUP BY l.id ORDER BY count(*) DESC, l.id`,
      [big],
    );
    labels = { common: byUse[0]!.id, rare: byUse[byUse.length - 1]!.id };
    // The rarest word of the workspace's comments: few matches, so the index is the only sensible
    // way to them.
    [{ word: commentTerm }] = await db.query(
      `SELECT word FROM projects.comments c, unnest(tsvector_to_array(c.search)) word
        WHERE c.workspace_id = $1 GROUP BY word ORDER BY count(*), word LIMIT 1`,
      [big],
    );
  }, 600_000);
  afterAll(async () => {
    if (web) await seed('--wipe');
    await web?.close();
  }, 120_000);

  /** Every sort, first and later page: the Seq Scans on `relations` of each plan. */
  async function seqScansForEverySort(
    extra: Partial<TaskViewFilter>,
    relations: readonly string[],
  ): Promise<string[]> {
    const problems: string[] = [];
    const sorts =
      extra.q === undefined ? TASK_VIEW_SORTS.filter((s) => s !== 'rank') : TASK_VIEW_SORTS;
    for (const name of sorts) {
      const sort = taskViewSortOf(name);
      const after = {
        key: sort.key === 'priority' ? '2' : sort.key === 'rank' ? '0.05' : '1700000000000000',
        id: randomUUID(),
      };
      for (const position of [undefined, after]) {
        const scans = await seqScansOf(
          db,
          {
            filter: { workspaceId: big, includeArchived: false, ...extra },
            sort,
            after: position,
            take: 51,
          },
          relations,
        );
        if (scans.length > 0)
          problems.push(`${name}${position ? ' (page 2)' : ''}: ${scans.join(', ')}`);
      }
    }
    return problems;
  }

  it('the volume is there', async () => {
    const [counts] = await db.query(
      `SELECT count(*)::int AS tasks,
              (SELECT count(*)::int FROM projects.task_labels tl JOIN projects.labels l ON l.id = tl.label_id
                WHERE l.workspace_id = $1) AS labelled,
              (SELECT count(*)::int FROM projects.comments WHERE workspace_id = $1) AS comments
         FROM projects.tasks WHERE workspace_id = $1`,
      [big],
    );
    expect(counts.tasks).toBeGreaterThan(5_000);
    expect(counts.labelled).toBeGreaterThan(counts.tasks / 3);
    expect(counts.comments).toBeGreaterThan(counts.tasks / 2);
  });

  it.each([
    ['on many tasks', () => labels.common],
    ['on few tasks', () => labels.rare],
  ])('label filter, a label %s, every sort: no Seq Scan', async (_name, label) => {
    expect(
      await seqScansForEverySort({ labelId: label() }, ['tasks', 'task_labels', 'comments']),
    ).toEqual([]);
  });

  it('search with a term found in comments, every sort: no Seq Scan', async () => {
    expect(await seqScansForEverySort({ q: commentTerm }, ['tasks', 'comments'])).toEqual([]);
  });

  it('can fail: without their indexes, the same checks report Seq Scans', async () => {
    const runner = db.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query('DROP INDEX projects.task_labels_by_label');
      await runner.query('DROP INDEX projects.comments_search');
      const due = taskViewSortOf('due');
      const filter = { workspaceId: big, includeArchived: false };
      const plan = (extra: Partial<TaskViewFilter>) =>
        seqScansOf(runner, { filter: { ...filter, ...extra }, sort: due, take: 51 }, [
          'task_labels',
          'comments',
        ]);
      expect(await plan({ labelId: labels.rare })).toContain('task_labels');
      expect(await plan({ q: commentTerm })).toContain('comments');
    } finally {
      await runner.rollbackTransaction(); // the indexes come back
      await runner.release();
    }
  });
});
