import type { EntityManager } from 'typeorm';

import { timestampFromKey, timestampKeyOf } from '../../../common/pagination/timestamp-key';
import type { TaskStatus } from '../domain/task-status';
import type { TaskViewPosition, TaskViewSort } from '../domain/task-view-sort';
import { TASK_COLUMNS } from './stored-task';
import type { TaskRow } from './task-page.read';

/** Text search configuration of tasks and comments (docs/adr/0021-task-search.md). */
export const SEARCH_CONFIG = 'simple';

export interface TaskViewFilter {
  readonly workspaceId: string;
  /** A user id (`me` already resolved to the caller). */
  readonly assigneeId?: string;
  readonly unassigned?: boolean;
  readonly status?: TaskStatus;
  readonly projectId?: string;
  readonly labelId?: string;
  readonly dueBefore?: Date;
  readonly dueAfter?: Date;
  readonly overdue?: boolean;
  /** The rank of domain/task-priority.ts. */
  readonly priority?: number;
  readonly includeArchived: boolean;
  /** Full-text search over title, description and comments (websearch syntax). */
  readonly q?: string;
}

export interface TaskViewRequest {
  readonly filter: TaskViewFilter;
  readonly sort: TaskViewSort;
  /** Only tasks strictly after this position of the sort (keyset pagination). */
  readonly after?: TaskViewPosition;
  readonly take: number;
}

/** A task row and its sort key as the cursor spells it. */
export type TaskViewRow = TaskRow & { sortKey: string | null };

export interface Statement {
  readonly sql: string;
  readonly parameters: unknown[];
}

/** The SQL of a sort key: the expression ordered by, how a cursor spells it, and back. */
interface SortColumn {
  readonly expression: string;
  readonly key: string;
  readonly fromKey: (param: string) => string;
  /** Only due dates may be missing; those tasks come last in either direction. */
  readonly nullable: boolean;
}

const timeColumn = (expression: string, nullable = false): SortColumn => ({
  expression,
  key: timestampKeyOf(expression),
  fromKey: timestampFromKey,
  nullable,
});

const SORT_COLUMNS: Record<TaskViewSort['key'], SortColumn> = {
  due: timeColumn('t.due_at', true),
  updated: timeColumn('t.updated_at'),
  created: timeColumn('t.created_at'),
  priority: {
    expression: 't.priority',
    key: 't.priority::text',
    fromKey: (p) => `${p}::smallint`,
    nullable: false,
  },
  // A real printed by Postgres with the shortest exact digits reads back as the same real.
  rank: {
    expression: 'r.rank',
    key: 'r.rank::text',
    fromKey: (p) => `${p}::real`,
    nullable: false,
  },
};

/**
 * The one statement of a task view page: the handler runs it, and the EXPLAIN test
 * (test/projects/task-views-explain.e2e-spec.ts) explains exactly it.
 *
 * Without `q` it is a flat scan of projects.tasks in sort order, which an index on
 * (workspace_id, sort column, id) serves with no sort step. With `q` the matching ids come from
 * the two GIN indexes (tasks' title+description, comments' bodies), the rank is computed for
 * those matches only, and the page is the best `take` of them.
 */
export function taskViewStatement(request: TaskViewRequest): Statement {
  const { filter, sort, after, take } = request;
  const parameters: unknown[] = [filter.workspaceId];
  const param = (value: unknown): string => {
    parameters.push(value);
    return `$${parameters.length}`;
  };
  const conditions = ['t.workspace_id = $1'];
  if (!filter.includeArchived) conditions.push('p.archived_at IS NULL');
  if (filter.assigneeId !== undefined)
    conditions.push(`t.assignee_id = ${param(filter.assigneeId)}::uuid`);
  if (filter.unassigned === true) conditions.push('t.assignee_id IS NULL');
  if (filter.status !== undefined) conditions.push(`t.status = ${param(filter.status)}`);
  if (filter.projectId !== undefined)
    conditions.push(`t.project_id = ${param(filter.projectId)}::uuid`);
  if (filter.priority !== undefined)
    conditions.push(`t.priority = ${param(filter.priority)}::smallint`);
  if (filter.dueBefore !== undefined)
    conditions.push(`t.due_at < ${param(filter.dueBefore)}::timestamptz`);
  if (filter.dueAfter !== undefined)
    conditions.push(`t.due_at >= ${param(filter.dueAfter)}::timestamptz`);
  // The database's clock, so that every page of one walk agrees with the rows it reads.
  if (filter.overdue === true) conditions.push(`t.due_at < now() AND t.status = 'open'`);
  if (filter.labelId !== undefined) {
    conditions.push(
      `EXISTS (SELECT 1 FROM projects.task_labels tl
                WHERE tl.task_id = t.id AND tl.label_id = ${param(filter.labelId)}::uuid)`,
    );
  }
  const column = SORT_COLUMNS[sort.key];
  const direction = sort.direction === 'asc' ? 'ASC' : 'DESC';
  // Undated tasks last in both directions: ASC puts NULLs last by itself, DESC needs it said
  // (and an index in that order, tasks_view_by_due_desc). Said only where NULLs can be, or the
  // planner would not match the ORDER BY with the indexes of the NOT NULL columns.
  const nulls = column.nullable && sort.direction === 'desc' ? ' NULLS LAST' : '';
  const order = `${column.expression} ${direction}${nulls}, t.id ${direction}`;

  if (filter.q === undefined) {
    if (after !== undefined) conditions.push(beyond(column, sort, after, param, 't.id'));
    const limit = param(take);
    return {
      sql: `SELECT ${TASK_COLUMNS}, ${column.key} AS "sortKey"
              FROM projects.tasks t
              JOIN projects.projects p ON p.id = t.project_id
             WHERE ${conditions.join(' AND ')}
             ORDER BY ${order}
             LIMIT ${limit}`,
      parameters,
    };
  }

  const query = `websearch_to_tsquery('${SEARCH_CONFIG}', ${param(filter.q)})`;
  // Title and description carry weights A and B in tasks.search, a comment's words the default D
  // (ts_rank weighs D at 0.1 of A): a title match ranks above a comment-only match. A task is as
  // good a match as its best comment, so a long thread does not outrank a precise title.
  const rank = `(ts_rank(t.search, ${query}) + coalesce((
      SELECT max(ts_rank(c.search, ${query}))
        FROM projects.comments c WHERE c.task_id = t.id AND c.search @@ ${query}), 0))::real`;
  const matches = `t.id IN (
      SELECT m.id FROM projects.tasks m WHERE m.workspace_id = $1 AND m.search @@ ${query}
      UNION
      SELECT c.task_id FROM projects.comments c WHERE c.workspace_id = $1 AND c.search @@ ${query})`;
  const outer: string[] = [];
  if (after !== undefined) outer.push(beyond(column, sort, after, param, 'r.id'));
  const limit = param(take);
  return {
    // The tsquery is written out at each use (not taken from a CTE): only a value the planner
    // sees in the condition itself lets it use the GIN indexes.
    sql: `WITH r AS MATERIALIZED (
            SELECT t.id, ${rank} AS rank
              FROM projects.tasks t
              JOIN projects.projects p ON p.id = t.project_id
             WHERE ${conditions.join(' AND ')} AND ${matches})
          SELECT ${TASK_COLUMNS}, ${column.key} AS "sortKey"
            FROM r JOIN projects.tasks t ON t.id = r.id
           ${outer.length > 0 ? `WHERE ${outer.join(' AND ')}` : ''}
           ORDER BY ${column.expression} ${direction}, r.id ${direction}
           LIMIT ${limit}`,
    parameters,
  };
}

/** SQL: the row comes strictly after `after` in the sort (ties broken by id, same direction). */
function beyond(
  column: SortColumn,
  sort: TaskViewSort,
  after: TaskViewPosition,
  param: (value: unknown) => string,
  idColumn: string,
): string {
  const comparison = sort.direction === 'asc' ? '>' : '<';
  const id = `${param(after.id)}::uuid`;
  // Past the last dated task come the undated ones, by id.
  if (after.key === null)
    return `(${column.expression} IS NULL AND ${idColumn} ${comparison} ${id})`;
  const key = column.fromKey(param(after.key));
  const rowComparison = `(${column.expression}, ${idColumn}) ${comparison} (${key}, ${id})`;
  return column.nullable ? `(${rowComparison} OR ${column.expression} IS NULL)` : rowComparison;
}

/** One page of the workspace's task view. */
export async function taskViewPageOf(
  manager: EntityManager,
  request: TaskViewRequest,
): Promise<TaskViewRow[]> {
  const { sql, parameters } = taskViewStatement(request);
  return manager.query(sql, parameters);
}
