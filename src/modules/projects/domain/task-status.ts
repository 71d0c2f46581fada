export const TASK_STATUSES = ['open', 'done'] as const;

export type TaskStatus = (typeof TASK_STATUSES)[number];
