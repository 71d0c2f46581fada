import { randomUUID } from 'node:crypto';

import { DataSource } from 'typeorm';

import { TASK_VIEW_SORTS, taskViewSortOf } from '../../src/modules/projects/domain/task-view-sort';
import type {
  TaskViewFilter,
  TaskViewRequest,
} from '../../src/modules/projects/persistence/task-view.read';
import type { WebAppUnderTest } from '../support/web-app-under-test';
import { startWebApp } from './support/projects-world';
import { seqScansOf } from './support/query-plans';

// Enough rows that a sequential scan is the planner's worst option, little enough for < 60 s.
const WORKSPACES = 40;
const TASKS_PER_WORKSPACE = 1_500;
const BIG_WORKSPACE_TASKS = 20_000;
const COMMENTS_PER_TASK_SHARE = 0.5;

/**
 * The indexes of the workspace task view, proven: the SQL each main filter and sort combination
 * produces, taken from the very builder the handler runs (taskViewStatement), explained against a
 * volume of tasks and comments after ANALYZE, never reads projects.tasks or projects.comments
 * sequentially. Volume is written here with set-based SQL, into this run's own database (quicker
 * than seed:large; the seeded file proves the rest).
 */
describe('workspace task views: the planner uses indexes', () => {
  let web: WebAppUnderTest;
  let db: DataSource;
  const big = randomUUID();
  const user = randomUUID();

  beforeAll(async () => {
    web = await startWebApp();
    db = web.app.get(DataSource);
    const workspaces = [big, ...Array.from({ length: WORKSPACES }, () => randomUUID())];
    await db.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO projects.projects (workspace_id, name, created_by)
         SELECT w, 'Project ' || n, $2 FROM unnest($1::uuid[]) w, generate_series(1, 5) n`,
        [workspaces, user],
      );
      await manager.query(
        `INSERT INTO projects.labels (workspace_id, name, color, created_by)
         SELECT w, 'Label ' || n, '#d73a4a', $2 FROM unnest($1::uuid[]) w, generate_series(1, 24) n`,
        [workspaces, user],
      );
      // A word of 97 per title and of 89 per comment: a search term matches about 1 % of them.
      await manager.query(
        `INSERT INTO projects.tasks (workspace_id, project_id, title, description, status,
                                     assignee_id, created_by, due_at, due_time_zone, priority)
         SELECT p.workspace_id, p.id,
                'Task ' || n || ' w' || (n % 97),
                CASE WHEN n % 3 = 0 THEN 'Notes about ' || md5(n::text) END,
                CASE WHEN n % 10 < 7 THEN 'done' ELSE 'open' END,
                CASE WHEN n % 7 = 0 THEN NULL WHEN n % 7 = 1 THEN $3::uuid
                     ELSE md5(p.workspace_id::text || (n % 20))::uuid END,
                $3,
                CASE WHEN n % 4 = 0 THEN NULL
                     ELSE now() + ((n % 400) - 200) * interval '1 day' END,
                CASE WHEN n % 4 = 0 THEN NULL ELSE 'Europe/Berlin' END,
                n % 5
           FROM projects.projects p
           CROSS JOIN LATERAL generate_series(1,
             CASE WHEN p.workspace_id = $1 THEN $4::int ELSE $2::int END / 5) n
          WHERE p.workspace_id = ANY($5::uuid[])`,
        [big, TASKS_PER_WORKSPACE, user, BIG_WORKSPACE_TASKS, workspaces],
      );
      await manager.query(
        // Only this file's workspaces: other files' labels in this database have other names (the
        // CASE keeps the cast from ever seeing one, whatever order the planner filters in).
        `INSERT INTO projects.task_labels (task_id, label_id)
         SELECT t.id, l.id FROM projects.tasks t
           JOIN projects.labels l ON l.workspace_id = t.workspace_id
          WHERE t.workspace_id = ANY($1::uuid[]) AND t.position % 3 = 0
            AND t.position % 24 =
                CASE WHEN l.name ~ '^Label [0-9]+$' THEN substring(l.name from 7)::int - 1 END`,
        [workspaces],
      );
      await manager.query(
        `INSERT INTO projects.comments (workspace_id, task_id, author_id, body)
         SELECT t.workspace_id, t.id, $1,
                'Comment c' || (t.position % 89) || ' ' || md5(t.id::text)
           FROM projects.tasks t WHERE t.workspace_id = ANY($3::uuid[]) AND random() < $2`,
        [user, COMMENTS_PER_TASK_SHARE, workspaces],
      );
    });
    await db.query(
      'ANALYZE projects.projects, projects.tasks, projects.labels, projects.task_labels, projects.comments',
    );
  }, 120_000);
  afterAll(() => web?.close());

  const filters: [string, () => Partial<TaskViewFilter>][] = [
    ['no filter', () => ({})],
    ['assignee', () => ({ assigneeId: user })],
    ['unassigned', () => ({ unassigned: true })],
    ['status', () => ({ status: 'open' })],
    ['overdue', () => ({ overdue: true })],
    [
      'due range',
      () => ({ dueAfter: new Date(), dueBefore: new Date(Date.now() + 7 * 86_400_000) }),
    ],
    ['priority', () => ({ priority: 4 })],
    ['search', () => ({ q: 'w13' })],
  ];
  const sorts = TASK_VIEW_SORTS.filter((sort) => sort !== 'rank');

  it('the volume is there', async () => {
    const [{ tasks, comments }] = await db.query(
      `SELECT (SELECT count(*)::int FROM projects.tasks) AS tasks,
              (SELECT count(*)::int FROM projects.comments) AS comments`,
    );
    expect(tasks).toBeGreaterThanOrEqual(WORKSPACES * TASKS_PER_WORKSPACE);
    expect(comments).toBeGreaterThan(tasks / 4);
  });

  it.each(filters)('%s, every sort, first and later pages: no Seq Scan', async (_name, filter) => {
    const problems: string[] = [];
    const extra = filter();
    const sortNames = extra.q === undefined ? sorts : [...sorts, 'rank' as const];
    for (const name of sortNames) {
      const sort = taskViewSortOf(name);
      const after = {
        key: sort.key === 'priority' ? '2' : sort.key === 'rank' ? '0.05' : '1700000000000000',
        id: randomUUID(),
      };
      for (const position of [undefined, after]) {
        const request: TaskViewRequest = {
          filter: { workspaceId: big, includeArchived: false, ...extra },
          sort,
          after: position,
          take: 51,
        };
        const scans = await seqScansOf(db, request, ['tasks', 'comments']);
        if (scans.length > 0)
          problems.push(`${name}${position ? ' (page 2)' : ''}: ${scans.join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  // The label filter and a search term found in comments are proven on `npm run seed:large` data
  // (task-views-explain-seeded.e2e-spec.ts): at this volume a whole read of the small tables is
  // rightly the planner's cheapest choice.

  it('can fail: without its indexes, the same check reports a Seq Scan on tasks', async () => {
    const runner = db.createQueryRunner();
    await runner.startTransaction();
    try {
      for (const index of [
        'tasks_view_by_due',
        'tasks_view_by_due_desc',
        'tasks_view_by_priority',
        'tasks_view_by_updated',
        'tasks_view_by_created',
        'tasks_view_by_assignee',
      ]) {
        await runner.query(`DROP INDEX projects.${index}`);
      }
      const scans = await seqScansOf(
        runner,
        {
          filter: { workspaceId: big, includeArchived: false },
          sort: taskViewSortOf('due'),
          take: 51,
        },
        ['tasks'],
      );
      expect(scans).toContain('tasks');
    } finally {
      await runner.rollbackTransaction(); // the indexes come back
      await runner.release();
    }
  });
});
