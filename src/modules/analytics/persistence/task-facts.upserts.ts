/**
 * The event → fact rules of `analytics.task_facts` (docs/ANALYTICS.md, "Reports"), as upserts so that
 * whichever event of a task arrives first creates its row. Delivery is at-least-once and ordering only
 * best effort, hence:
 * - a state change (assigned, completed, reopened) applies only if it is not older than the row's
 *   `state_changed_at`: a late event never overwrites newer state, a replay changes nothing;
 * - task.created only fills `created_at` when it is missing; the row's other columns then already
 *   come from a later event;
 * - the workspace never changes: an event naming another workspace than the row's is ignored;
 * - a deleted task (task.deleted, project.deleted) keeps its row as a tombstone: `deleted_at` set,
 *   `completed_at` cleared, so the reports (which read completed tasks only) forget it, and a late
 *   event of the task can neither bring it back nor count it again;
 * - a move changes `project_id` only if it is not older than the row's `moved_at` (a task's
 *   project and its state are ordered apart: an older completion still counts after a move).
 *
 * Parameters: $1 task id, $2 workspace id, $3 project id, then as listed per statement.
 */

const INSERT = `INSERT INTO analytics.task_facts AS fact
  (task_id, workspace_id, project_id, assignee_id, created_at, completed_at, state_changed_at)`;

const IF_NOT_OLDER = `WHERE fact.state_changed_at <= EXCLUDED.state_changed_at
    AND fact.workspace_id = EXCLUDED.workspace_id AND fact.deleted_at IS NULL`;

/**
 * A row that move or delete creates knows no state yet: '-infinity' lets any state event that
 * arrives later apply (it is never older), and the report's asOf skips it.
 */
const NO_STATE_YET = `'-infinity'::timestamptz`;

/** task.created: $4 assignee, $5 occurredAt. A new row's state is as of its creation. */
export const FILL_CREATED_AT = `${INSERT}
  VALUES ($1, $2, $3, $4, $5, NULL, $5)
  ON CONFLICT (task_id) DO UPDATE SET created_at = EXCLUDED.created_at
  WHERE fact.created_at IS NULL AND fact.workspace_id = EXCLUDED.workspace_id`;

/** task.assigned: $4 assignee (null: unassigned), $5 occurredAt. */
export const SET_ASSIGNEE = `${INSERT}
  VALUES ($1, $2, $3, $4, NULL, NULL, $5)
  ON CONFLICT (task_id) DO UPDATE
    SET assignee_id = EXCLUDED.assignee_id, state_changed_at = EXCLUDED.state_changed_at
  ${IF_NOT_OLDER}`;

/** task.completed: $4 assignee at completion, $5 occurredAt, $6 the payload's completedAt. */
export const SET_COMPLETION = `${INSERT}
  VALUES ($1, $2, $3, $4, NULL, $6, $5)
  ON CONFLICT (task_id) DO UPDATE
    SET assignee_id = EXCLUDED.assignee_id, completed_at = EXCLUDED.completed_at,
        state_changed_at = EXCLUDED.state_changed_at
  ${IF_NOT_OLDER}`;

/**
 * task.reopened: $4 occurredAt. The event carries no assignee, so a row it creates has none until a
 * later assigned/completed event; the report only counts completed tasks, whose event names it.
 */
export const SET_REOPENED = `${INSERT}
  VALUES ($1, $2, $3, NULL, NULL, NULL, $4)
  ON CONFLICT (task_id) DO UPDATE
    SET completed_at = NULL, state_changed_at = EXCLUDED.state_changed_at
  ${IF_NOT_OLDER}`;

/** task.moved: $3 the project moved to, $4 occurredAt. */
export const SET_PROJECT = `INSERT INTO analytics.task_facts AS fact
  (task_id, workspace_id, project_id, state_changed_at, moved_at)
  VALUES ($1, $2, $3, ${NO_STATE_YET}, $4)
  ON CONFLICT (task_id) DO UPDATE SET project_id = EXCLUDED.project_id, moved_at = EXCLUDED.moved_at
  WHERE (fact.moved_at IS NULL OR fact.moved_at <= EXCLUDED.moved_at)
    AND fact.workspace_id = EXCLUDED.workspace_id AND fact.deleted_at IS NULL`;

/**
 * task.deleted and project.deleted: $1 the task ids (uuid[]), $2 workspace, $3 the project,
 * $4 occurredAt. One statement for a whole project's tasks.
 */
export const SET_DELETED = `INSERT INTO analytics.task_facts AS fact
  (task_id, workspace_id, project_id, state_changed_at, deleted_at)
  SELECT task_id, $2, $3, ${NO_STATE_YET}, $4 FROM unnest($1::uuid[]) AS task_id
  ON CONFLICT (task_id) DO UPDATE SET deleted_at = EXCLUDED.deleted_at, completed_at = NULL
  WHERE fact.workspace_id = EXCLUDED.workspace_id AND fact.deleted_at IS NULL`;
