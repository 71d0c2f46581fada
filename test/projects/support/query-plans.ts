import type { DataSource, QueryRunner } from 'typeorm';

import {
  taskViewStatement,
  type TaskViewRequest,
} from '../../../src/modules/projects/persistence/task-view.read';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

/** Every node of a plan, depth first. */
function nodesOf(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodesOf)];
}

/**
 * The tables of `relations` that the plan of the task view statement for `request` (the very
 * SQL the handler runs) reads with a Seq Scan.
 */
export async function seqScansOf(
  db: DataSource | QueryRunner,
  request: TaskViewRequest,
  relations: readonly string[],
): Promise<string[]> {
  const { sql, parameters } = taskViewStatement(request);
  const [{ 'QUERY PLAN': plans }] = await db.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters);
  return nodesOf((plans as { Plan: PlanNode }[])[0]!.Plan)
    .filter((node) => node['Node Type'] === 'Seq Scan')
    .map((node) => node['Relation Name'] ?? '?')
    .filter((relation) => relations.includes(relation));
}
