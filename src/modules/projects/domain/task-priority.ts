/**
 * Priorities in rising order. Stored as the index (smallint 0..4), so "most urgent first" is an
 * ORDER BY on the column, and shown by name.
 */
export const TASK_PRIORITIES = ['none', 'low', 'medium', 'high', 'urgent'] as const;

export type TaskPriority = (typeof TASK_PRIORITIES)[number];

export const priorityRank = (priority: TaskPriority): number => TASK_PRIORITIES.indexOf(priority);

export function priorityOfRank(rank: number): TaskPriority {
  const priority = TASK_PRIORITIES[rank];
  if (priority === undefined) throw new RangeError(`No task priority has rank ${rank}`);
  return priority;
}
