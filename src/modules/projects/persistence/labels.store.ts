import { QueryFailedError, type EntityManager } from 'typeorm';

import { LabelNameTaken, LabelNotFound } from '../domain/projects.errors';

/** A label row as the application reads it. */
export interface LabelRow {
  id: string;
  name: string;
  color: string;
  createdAt: Date;
  updatedAt: Date;
}

const LABEL_COLUMNS = `id, name, color, created_at AS "createdAt", updated_at AS "updatedAt"`;
const UNIQUE_VIOLATION = '23505';
const NAME_INDEX = 'labels_name_per_workspace';

/** The workspace's label, or LabelNotFound (also for another workspace's id). */
export async function labelOf(
  manager: EntityManager,
  workspaceId: string,
  labelId: string,
  lock?: 'for-update',
): Promise<LabelRow> {
  const rows: LabelRow[] = await manager.query(
    `SELECT ${LABEL_COLUMNS} FROM projects.labels WHERE id = $1 AND workspace_id = $2
      ${lock ? 'FOR UPDATE' : ''}`,
    [labelId, workspaceId],
  );
  if (rows.length === 0) throw new LabelNotFound();
  return rows[0];
}

/** A new label, or LabelNameTaken when the workspace has the name already (in any case). */
export async function insertLabel(
  manager: EntityManager,
  label: { workspaceId: string; name: string; color: string; createdBy: string },
): Promise<LabelRow> {
  // ON CONFLICT, not a caught error: the transaction stays usable, and a race of two equal
  // names ends in one label and one 409, never a 500.
  const rows: LabelRow[] = await manager.query(
    `INSERT INTO projects.labels (workspace_id, name, color, created_by) VALUES ($1, $2, $3, $4)
     ON CONFLICT (workspace_id, lower(name)) DO NOTHING RETURNING ${LABEL_COLUMNS}`,
    [label.workspaceId, label.name, label.color, label.createdBy],
  );
  if (rows.length === 0) throw new LabelNameTaken();
  return rows[0];
}

/** Renames or recolours; LabelNameTaken when another label of the workspace has the name. */
export async function writeLabel(
  manager: EntityManager,
  labelId: string,
  changes: { name: string; color: string },
): Promise<LabelRow> {
  try {
    const [rows]: [LabelRow[], number] = await manager.query(
      `UPDATE projects.labels SET name = $1, color = $2, updated_at = CURRENT_TIMESTAMP
        WHERE id = $3 RETURNING ${LABEL_COLUMNS}`,
      [changes.name, changes.color, labelId],
    );
    return rows[0];
  } catch (error) {
    if (isUniqueViolationOf(error, NAME_INDEX)) throw new LabelNameTaken();
    throw error;
  }
}

/**
 * Deletes the label; the foreign key's cascade takes it off every task. Those tasks are touched
 * first (updated_at, and the version trigger), so their ETags change with their labels. Answers
 * how many tasks carried it. The caller holds the label's row lock (labelOf 'for-update').
 */
export async function deleteLabel(manager: EntityManager, labelId: string): Promise<number> {
  const [, taskCount]: [unknown[], number] = await manager.query(
    `UPDATE projects.tasks SET updated_at = CURRENT_TIMESTAMP
      WHERE id IN (SELECT task_id FROM projects.task_labels WHERE label_id = $1)`,
    [labelId],
  );
  await manager.query(`DELETE FROM projects.labels WHERE id = $1`, [labelId]);
  return taskCount;
}

/** Up to `take` labels of the workspace by name (ignoring case), after `afterName` (lower case). */
export async function labelPageOf(
  manager: EntityManager,
  workspaceId: string,
  afterName: string | undefined,
  take: number,
): Promise<(LabelRow & { sortName: string })[]> {
  // Two spellings rather than `$2 IS NULL OR …`, which would keep the planner from seeking the
  // unique index (workspace_id, lower(name)) straight to the page.
  const after = afterName === undefined ? '' : 'AND lower(name) > $3';
  return manager.query(
    `SELECT ${LABEL_COLUMNS}, lower(name) AS "sortName" FROM projects.labels
      WHERE workspace_id = $1 ${after} ORDER BY lower(name) LIMIT $2`,
    afterName === undefined ? [workspaceId, take] : [workspaceId, take, afterName],
  );
}

function isUniqueViolationOf(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === UNIQUE_VIOLATION && driverError.constraint === constraint;
}
